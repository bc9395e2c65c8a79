package dev.skilltree.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Invariants every plan must satisfy, shared by the example tests and the properties. */
final class PlanChecks {

    private PlanChecks() {}

    static long capacity(PlanRequest request, LocalDate date) {
        return date.isBefore(request.start()) || request.daysOff().contains(date)
                ? 0
                : request.week().minutes(date.getDayOfWeek());
    }

    static void assertCapacityHolds(PlanRequest request, Plan plan) {
        Map<LocalDate, Long> perDay = new TreeMap<>();
        plan.blocks().forEach(b -> perDay.merge(b.date(), b.minutes(), Long::sum));
        Map<LocalDate, Long> perWeek = new TreeMap<>();
        perDay.forEach((date, minutes) -> {
            assertThat(minutes).as("minutes on %s", date).isLessThanOrEqualTo(capacity(request, date));
            perWeek.merge(date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), minutes, Long::sum);
        });
        perWeek.forEach((monday, minutes) -> {
            long weekCapacity = monday.datesUntil(monday.plusWeeks(1))
                    .mapToLong(d -> capacity(request, d))
                    .sum();
            assertThat(minutes).as("minutes in the week of %s", monday).isLessThanOrEqualTo(weekCapacity);
        });
        plan.blocks().forEach(b -> assertThat(b.minutes()).isPositive());
    }

    /** Prerequisites finish (in study order, not just by date) before a topic starts; milestones sit on time. */
    static void assertPrerequisitesFinishFirst(PlanRequest request, Plan plan) {
        Map<String, Integer> firstBlock = new HashMap<>();
        Map<String, Integer> lastBlock = new HashMap<>();
        List<StudyBlock> blocks = plan.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            firstBlock.putIfAbsent(blocks.get(i).topicId(), i);
            lastBlock.put(blocks.get(i).topicId(), i);
        }
        for (Topic topic : request.topics()) {
            if (request.state().finished(topic.id())) {
                continue;
            }
            LocalDate latestPrerequisite = request.start();
            for (String p : topic.prerequisites()) {
                if (request.state().finished(p)) {
                    continue;
                }
                LocalDate end = finish(plan, p);
                latestPrerequisite = end.isAfter(latestPrerequisite) ? end : latestPrerequisite;
                if (firstBlock.containsKey(topic.id()) && lastBlock.containsKey(p)) {
                    assertThat(lastBlock.get(p))
                            .as("%s studied before %s", p, topic.id())
                            .isLessThan(firstBlock.get(topic.id()));
                }
            }
            if (topic.milestone()) {
                assertThat(plan.milestone(topic.id()).orElseThrow().date())
                        .as("milestone %s", topic.id())
                        .isEqualTo(latestPrerequisite);
            } else {
                assertThat(plan.item(topic.id()).orElseThrow().start())
                        .as("start of %s", topic.id())
                        .isAfterOrEqualTo(latestPrerequisite);
            }
        }
    }

    static LocalDate finish(Plan plan, String topicId) {
        return plan.item(topicId)
                .map(PlanItem::end)
                .orElseGet(() -> plan.milestone(topicId).orElseThrow().date());
    }

    static void assertHoursMatchEstimates(PlanRequest request, Plan plan) {
        Map<String, Long> scheduled = new HashMap<>();
        plan.blocks().forEach(b -> scheduled.merge(b.topicId(), b.minutes(), Long::sum));
        long expectedTotal = 0;
        for (Topic topic : request.topics()) {
            if (request.state().finished(topic.id())) {
                assertThat(scheduled).doesNotContainKey(topic.id());
                continue;
            }
            long minutes = topic.minutes(request.pace());
            expectedTotal += minutes;
            assertThat(scheduled.getOrDefault(topic.id(), 0L))
                    .as("minutes of %s", topic.id())
                    .isEqualTo(minutes);
            if (!topic.milestone()) {
                assertThat(plan.item(topic.id()).orElseThrow().minutes()).isEqualTo(minutes);
            }
        }
        assertThat(plan.totalMinutes()).isEqualTo(expectedTotal);
        assertThat(plan.weeks().stream().mapToLong(PlanWeek::minutes).sum()).isEqualTo(expectedTotal);
    }
}
