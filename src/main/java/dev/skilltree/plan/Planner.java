package dev.skilltree.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Plans one learner's study of a roadmap. The learner works through one topic at a time: the next topic is the ready
 * one (all prerequisites finished, done or skipped) that is in progress, else has the longest remaining path of
 * hours, else comes first in the roadmap, else by id. Topics fill each study day's hours and carry over to the next
 * study days (and weeks) when bigger; a topic may start on the day its last prerequisite finishes, in what is left of
 * that day. Days off and weekdays without hours get nothing. Stateless and thread-safe; the same request always gives
 * the same plan, whatever order the topics are listed in.
 */
public final class Planner {

    /**
     * Study hours of a topic whose roadmap gives no estimate. A topic's hours are the midpoint of its estimate
     * ({@code (min + max) / 2}), or this default, times the pace factor, rounded to the whole minute; a milestone
     * has none.
     */
    public static final double DEFAULT_TOPIC_HOURS = 2.0;

    /**
     * The schedule, with a {@link TargetCheck} when the request has a target date.
     *
     * @throws InvalidPlan when a prerequisite is missing, the prerequisites form a cycle, or the plan would run
     *                     past 10 years
     */
    public Plan plan(PlanRequest request) {
        Plan plan = ListScheduler.run(request);
        return request.target() == null ? plan : plan.withTarget(TargetSearch.check(request, plan.projectedFinish()));
    }

    /** Plans again from {@code start} with the learner's current state; topics in progress come first. */
    public Plan replan(PlanRequest previous, LocalDate start, LearnerState current) {
        return plan(previous.withStart(start).withState(current));
    }

    /** The learner's actual pace over the last 28 days, and the finish it leads to for the remaining topics. */
    public PaceReport pace(PlanRequest request, Iterable<CompletionEvent> history, Instant now, ZoneId zone) {
        return PaceTracker.measure(request, history, now, zone);
    }

    /** What the plan scheduled up to {@code today}, how much of it is done, and the slip. */
    public PlanProgress progress(Plan plan, StudyWeek week, Set<String> done, LocalDate today) {
        return PlanProgress.measure(plan, week, done, today);
    }
}
