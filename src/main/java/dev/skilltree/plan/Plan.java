package dev.skilltree.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A learner's schedule. Minutes are exact and add up; the {@code hours()} accessors round to 0.01 for display.
 *
 * @param blocks          every study block, in the order studied
 * @param items           one per scheduled topic (milestones excluded), in the order started
 * @param projectedFinish the day the last topic or milestone finishes; the start date for an empty plan
 * @param target          present when the request had a target date
 */
public record Plan(
        LocalDate start,
        List<StudyBlock> blocks,
        List<PlanItem> items,
        List<Milestone> milestones,
        List<PlanWeek> weeks,
        long totalMinutes,
        LocalDate projectedFinish,
        Optional<TargetCheck> target) {

    public Plan {
        blocks = List.copyOf(blocks);
        items = List.copyOf(items);
        milestones = List.copyOf(milestones);
        weeks = List.copyOf(weeks);
    }

    public double totalHours() {
        return Hours.of(totalMinutes);
    }

    public Optional<PlanItem> item(String topicId) {
        return items.stream().filter(i -> i.topicId().equals(topicId)).findFirst();
    }

    public Optional<Milestone> milestone(String topicId) {
        return milestones.stream().filter(m -> m.topicId().equals(topicId)).findFirst();
    }

    Plan withTarget(TargetCheck check) {
        return new Plan(start, blocks, items, milestones, weeks, totalMinutes, projectedFinish, Optional.of(check));
    }
}
