package dev.skilltree.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalDouble;

/**
 * Checks a plan against its target date and, when it is late, searches (binary, in half hours) for the fewest
 * hours per week that would make it, rescheduling with the real scheduler at each step. Extra hours are shared
 * over the same study days in proportion to the current hours per day.
 */
final class TargetSearch {

    private static final int STEP_MINUTES = 30;

    private TargetSearch() {}

    static TargetCheck check(PlanRequest request, LocalDate finish) {
        LocalDate target = request.target();
        if (!finish.isAfter(target)) {
            return new TargetCheck(
                    target,
                    true,
                    0,
                    OptionalDouble.empty(),
                    "On track: the plan finishes on " + finish + ", by the target date " + target + ".");
        }
        int weeksLate = (int) ((ChronoUnit.DAYS.between(target, finish) + 6) / 7);
        String late = "Not feasible: the plan finishes on " + finish + ", " + weeksLate
                + (weeksLate == 1 ? " week" : " weeks") + " after the target date " + target + "; ";
        long low = request.week().weeklyMinutes() / STEP_MINUTES;
        long high = request.week().maxWeeklyMinutes() / STEP_MINUTES;
        if (high <= low || !finishesInTime(request, high)) {
            return new TargetCheck(
                    target,
                    false,
                    weeksLate,
                    OptionalDouble.empty(),
                    late + "even " + Hours.of(high * STEP_MINUTES)
                            + " h per week on the same study days would not make it.");
        }
        while (high - low > 1) {
            long mid = (low + high) >>> 1;
            if (finishesInTime(request, mid)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        double needed = high * STEP_MINUTES / 60.0;
        return new TargetCheck(
                target,
                false,
                weeksLate,
                OptionalDouble.of(needed),
                late + needed + " h per week (now " + request.week().hoursPerWeek() + ") would make it.");
    }

    private static boolean finishesInTime(PlanRequest request, long halfHours) {
        PlanRequest faster = request.withWeek(request.week().scaledTo(halfHours * STEP_MINUTES));
        try {
            return !ListScheduler.run(faster).projectedFinish().isAfter(request.target());
        } catch (InvalidPlan tooLong) {
            return false;
        }
    }
}
