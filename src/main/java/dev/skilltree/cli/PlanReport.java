package dev.skilltree.cli;

import dev.skilltree.plan.Milestones;
import dev.skilltree.plan.Plan;
import dev.skilltree.plan.PlanJson;
import dev.skilltree.plan.PlanWeek;
import dev.skilltree.plan.WeekEntry;
import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.Roadmap;
import java.io.PrintWriter;
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
        return JsonMapper.builder()
                .build()
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(PlanJson.of(roadmap.id(), plan, Milestones.of(roadmap, plan), pulledIn));
    }
}
