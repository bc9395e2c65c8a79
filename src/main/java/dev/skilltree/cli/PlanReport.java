package dev.skilltree.cli;

import dev.skilltree.plan.Plan;
import dev.skilltree.plan.PlanWeek;
import dev.skilltree.plan.WeekEntry;
import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.Roadmap;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/** A plan printed for the terminal and written as JSON in the API's shape: weeks, items and milestones. */
record PlanReport(Roadmap roadmap, Plan plan, Set<String> pulledIn) {

    String title(String nodeId) {
        return roadmap.node(nodeId)
                .map(Node::title)
                .map(t -> t.in(roadmap.locale()))
                .orElse(nodeId);
    }

    void print(PrintWriter out) {
        out.printf(
                "%s: %d topics, %.1f h, %s to %s (%d weeks)%n",
                roadmap.title().in(roadmap.locale()),
                plan.items().size(),
                plan.totalHours(),
                plan.start(),
                plan.projectedFinish(),
                plan.weeks().size());
        plan.target().ifPresent(t -> out.println(t.message()));
        if (!pulledIn.isEmpty()) {
            out.printf("Also planned, because the chosen topics need them: %s%n", String.join(", ", pulledIn));
        }
        for (PlanWeek week : plan.weeks()) {
            out.printf("%nWeek of %s%n", week.monday());
            for (WeekEntry entry : week.entries()) {
                out.printf("  %5.1f h  %s%n", entry.hours(), title(entry.topicId()));
            }
        }
    }

    String json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("roadmap", roadmap.id());
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
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(body);
    }
}
