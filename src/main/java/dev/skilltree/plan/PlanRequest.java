package dev.skilltree.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a plan is made from. Start with {@link #of} and adjust with the {@code with…} methods.
 *
 * @param topics  the roadmap's topics; every prerequisite must be among them or done or skipped
 * @param target  the date the learner wants to finish by, or null
 * @param daysOff dates with no study at all
 * @param pace    scales every estimate: 0.5 (twice as fast as estimated) to 2.0 (twice as slow)
 */
public record PlanRequest(
        List<Topic> topics,
        StudyWeek week,
        LocalDate start,
        LocalDate target,
        Set<LocalDate> daysOff,
        double pace,
        LearnerState state) {

    public static final double MIN_PACE = 0.5;
    public static final double MAX_PACE = 2.0;

    public PlanRequest {
        topics = List.copyOf(Objects.requireNonNull(topics, "topics"));
        Objects.requireNonNull(week, "week");
        if (start == null) {
            throw InvalidPlan.field("start", "must be given");
        }
        if (target != null && start.isAfter(target)) {
            throw InvalidPlan.field("start", "must not be after the target date " + target + ", was " + start);
        }
        if (!(pace >= MIN_PACE && pace <= MAX_PACE)) {
            throw InvalidPlan.field("pace", "must be between 0.5 and 2.0, was " + pace);
        }
        daysOff = daysOff == null ? Set.of() : Set.copyOf(daysOff);
        state = state == null ? LearnerState.empty() : state;
    }

    /** No target, no days off, pace 1.0, nothing done yet. */
    public static PlanRequest of(List<Topic> topics, StudyWeek week, LocalDate start) {
        return new PlanRequest(topics, week, start, null, Set.of(), 1.0, LearnerState.empty());
    }

    public PlanRequest withTarget(LocalDate date) {
        return new PlanRequest(topics, week, start, date, daysOff, pace, state);
    }

    public PlanRequest withDaysOff(Set<LocalDate> dates) {
        return new PlanRequest(topics, week, start, target, dates, pace, state);
    }

    public PlanRequest withPace(double factor) {
        return new PlanRequest(topics, week, start, target, daysOff, factor, state);
    }

    public PlanRequest withState(LearnerState learner) {
        return new PlanRequest(topics, week, start, target, daysOff, pace, learner);
    }

    public PlanRequest withStart(LocalDate date) {
        return new PlanRequest(topics, week, date, target, daysOff, pace, state);
    }

    public PlanRequest withWeek(StudyWeek capacity) {
        return new PlanRequest(topics, capacity, start, target, daysOff, pace, state);
    }
}
