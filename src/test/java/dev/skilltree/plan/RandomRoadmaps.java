package dev.skilltree.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random plan requests over random DAGs: topic i only points to topics below i, so the graph is acyclic. Every
 * part shrinks on its own (fewer topics, fewer edges, smaller estimates).
 */
final class RandomRoadmaps {

    private static final LocalDate EPOCH = LocalDate.of(2025, 1, 1);

    private RandomRoadmaps() {}

    record TopicSpec(int order, int minHalfHours, int spanHalfHours, int kind, List<Integer> prerequisitePicks) {}

    record Learner(List<Integer> donePicks, List<Integer> inProgressPicks) {}

    static Arbitrary<PlanRequest> requests() {
        Arbitrary<List<TopicSpec>> topics = Combinators.combine(
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(0, 16),
                        Arbitraries.integers().between(0, 8),
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(0, 10_000).list().ofMaxSize(4))
                .as(TopicSpec::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(40);
        Arbitrary<List<Integer>> halfHoursPerDay = Arbitraries.integers()
                .between(0, 12)
                .list()
                .ofSize(7)
                .filter(days -> days.stream().mapToInt(Integer::intValue).sum() >= 10);
        Arbitrary<Set<Integer>> daysOff =
                Arbitraries.integers().between(0, 120).set().ofMaxSize(30);
        Arbitrary<Learner> learner = Combinators.combine(
                        Arbitraries.integers().between(0, 10_000).list().ofMaxSize(8),
                        Arbitraries.integers().between(0, 10_000).list().ofMaxSize(4))
                .as(Learner::new);
        return Combinators.combine(
                        topics,
                        halfHoursPerDay,
                        Arbitraries.integers().between(0, 400),
                        daysOff,
                        Arbitraries.integers().between(5, 20),
                        learner)
                .as(RandomRoadmaps::request);
    }

    private static PlanRequest request(
            List<TopicSpec> specs,
            List<Integer> halfHoursPerDay,
            int startOffset,
            Set<Integer> daysOffOffsets,
            int paceTenths,
            Learner learner) {
        List<Topic> topics = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            TopicSpec spec = specs.get(i);
            Set<String> prerequisites = new HashSet<>();
            for (int pick : spec.prerequisitePicks()) {
                if (i > 0) {
                    prerequisites.add("t" + pick % i);
                }
            }
            boolean milestone = spec.kind() == 0;
            HoursRange estimate = milestone || spec.kind() == 1
                    ? null
                    : new HoursRange(spec.minHalfHours() / 2.0, (spec.minHalfHours() + spec.spanHalfHours()) / 2.0);
            topics.add(new Topic(
                    "t" + i,
                    spec.order(),
                    estimate,
                    prerequisites.stream().sorted().toList(),
                    milestone));
        }
        Map<DayOfWeek, Double> hours = new HashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, halfHoursPerDay.get(day.ordinal()) / 2.0);
        }
        LocalDate start = EPOCH.plusDays(startOffset);
        Set<LocalDate> daysOff = new HashSet<>();
        daysOffOffsets.forEach(offset -> daysOff.add(start.plusDays(offset)));
        return new PlanRequest(
                topics,
                StudyWeek.hoursPerDay(hours),
                start,
                null,
                daysOff,
                paceTenths / 10.0,
                LearnerState.of(
                        ids(learner.donePicks(), topics.size()), ids(learner.inProgressPicks(), topics.size())));
    }

    private static Set<String> ids(List<Integer> picks, int topics) {
        Set<String> ids = new HashSet<>();
        picks.forEach(pick -> ids.add("t" + pick % topics));
        return ids;
    }
}
