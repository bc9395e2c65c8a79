package dev.skilltree.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds a plan without looking at the target date: sequence the topics, then lay them onto the calendar. */
final class ListScheduler {

    private ListScheduler() {}

    static Plan run(PlanRequest request) {
        TopicGraph graph = TopicGraph.of(request);
        Timeline timeline = new Timeline(request.start(), request.week(), request.daysOff());
        List<PlanItem> items = new ArrayList<>();
        List<Milestone> milestones = new ArrayList<>();
        long total = 0;
        for (int v : Sequencer.sequence(graph, request.state())) {
            Topic topic = graph.topics[v];
            if (topic.milestone()) {
                milestones.add(new Milestone(topic.id(), timeline.lastFinish()));
            } else {
                items.add(timeline.place(topic.id(), graph.minutes[v]));
                total += graph.minutes[v];
            }
        }
        LocalDate finish = timeline.lastFinish();
        List<PlanWeek> weeks = weeks(request.start(), finish, timeline.blocks(), milestones);
        return new Plan(request.start(), timeline.blocks(), items, milestones, weeks, total, finish, Optional.empty());
    }

    private static List<PlanWeek> weeks(
            LocalDate start, LocalDate finish, List<StudyBlock> blocks, List<Milestone> milestones) {
        List<PlanWeek> weeks = new ArrayList<>();
        LocalDate last = monday(finish);
        int b = 0;
        int m = 0;
        for (LocalDate monday = monday(start); !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            LocalDate next = monday.plusWeeks(1);
            Map<String, Long> minutes = new LinkedHashMap<>();
            for (; b < blocks.size() && blocks.get(b).date().isBefore(next); b++) {
                minutes.merge(blocks.get(b).topicId(), blocks.get(b).minutes(), Long::sum);
            }
            int firstMilestone = m;
            while (m < milestones.size() && milestones.get(m).date().isBefore(next)) {
                m++;
            }
            List<WeekEntry> entries = minutes.entrySet().stream()
                    .map(e -> new WeekEntry(e.getKey(), e.getValue()))
                    .toList();
            weeks.add(new PlanWeek(monday, entries, milestones.subList(firstMilestone, m)));
        }
        return weeks;
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
