package dev.skilltree.plan;

import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.Roadmap;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A stored plan as the learner sees it today: the schedule of its latest version, and how the learner is doing
 * against it (planned by today versus done, and their actual pace).
 *
 * @param complete the topics done or skipped now, from progress
 * @param versions when each version was made, oldest first
 */
public record PlanView(
        long id,
        int version,
        Roadmap roadmap,
        PlanSettings settings,
        Plan plan,
        Set<String> pulledIn,
        Set<String> complete,
        PlanProgress progress,
        PaceReport pace,
        LocalDate today,
        List<Instant> versions) {

    public String title(String nodeId, String lang) {
        return roadmap.node(nodeId).map(Node::title).map(t -> t.in(lang)).orElse(nodeId);
    }

    public boolean isComplete(String nodeId) {
        return complete.contains(nodeId);
    }

    /** The plan's week that holds today; none before the plan starts or after it ends. */
    public Optional<PlanWeek> thisWeek() {
        return plan.weeks().stream()
                .filter(week -> !today.isBefore(week.monday())
                        && today.isBefore(week.monday().plusDays(7)))
                .findFirst();
    }

    public boolean notStarted() {
        return today.isBefore(plan.start());
    }

    /** Hours of this week's topics that are done, and those left. */
    public double hoursDoneThisWeek() {
        return thisWeek()
                .map(w -> w.entries().stream()
                        .filter(e -> complete.contains(e.topicId()))
                        .mapToLong(WeekEntry::minutes)
                        .sum())
                .map(Hours::of)
                .orElse(0.0);
    }

    public double hoursLeftThisWeek() {
        return thisWeek().map(PlanWeek::hours).orElse(0.0) - hoursDoneThisWeek();
    }

    /** The practice projects and stage tests, by date. */
    public List<Milestone> milestones() {
        return Milestones.of(roadmap, plan);
    }

    /** The first milestone not yet complete. */
    public Optional<Milestone> nextMilestone() {
        return milestones().stream()
                .filter(m -> !complete.contains(m.topicId()))
                .findFirst();
    }
}
