package dev.skilltree.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A plan in the shape the API answers and {@code skilltree plan --json} writes: weeks, items and milestones. */
public final class PlanJson {

    private PlanJson() {}

    /** {@code milestones}: the plan's as {@link Milestones} gives them. */
    public static Map<String, Object> of(
            String roadmapId, Plan plan, List<Milestone> milestones, Set<String> pulledIn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("roadmap", roadmapId);
        body.put("start", plan.start().toString());
        body.put("projectedFinish", plan.projectedFinish().toString());
        body.put("totalHours", plan.totalHours());
        body.put("pulledIn", List.copyOf(pulledIn));
        plan.target().ifPresent(t -> {
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("date", t.target().toString());
            target.put("feasible", t.feasible());
            target.put("weeksLate", t.weeksLate());
            t.hoursPerWeekNeeded().ifPresent(h -> target.put("hoursPerWeekNeeded", h));
            target.put("message", t.message());
            body.put("target", target);
        });
        body.put(
                "weeks",
                plan.weeks().stream()
                        .map(w -> Map.of(
                                "monday", w.monday().toString(),
                                "items",
                                        w.entries().stream()
                                                .map(e -> Map.of("node", e.topicId(), "hours", e.hours()))
                                                .toList(),
                                "milestones",
                                        w.milestones().stream()
                                                .map(m -> Map.of(
                                                        "node",
                                                        m.topicId(),
                                                        "date",
                                                        m.date().toString()))
                                                .toList()))
                        .toList());
        body.put(
                "items",
                plan.items().stream()
                        .map(i -> Map.of(
                                "node", i.topicId(),
                                "hours", i.hours(),
                                "start", i.start().toString(),
                                "end", i.end().toString()))
                        .toList());
        body.put(
                "milestones",
                milestones.stream()
                        .map(m -> Map.of("node", m.topicId(), "date", m.date().toString()))
                        .toList());
        return body;
    }
}
