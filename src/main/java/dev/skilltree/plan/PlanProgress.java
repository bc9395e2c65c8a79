package dev.skilltree.plan;

import java.time.LocalDate;
import java.util.Set;

/**
 * Planned by today versus done.
 *
 * @param plannedMinutes the minutes the plan scheduled up to and including today
 * @param doneMinutes    of those, the minutes of topics now done
 * @param slipWeeks      the slip in weeks of planned study: slip minutes / the week's planned minutes, to 0.01
 */
public record PlanProgress(long plannedMinutes, long doneMinutes, double slipWeeks) {

    static PlanProgress measure(Plan plan, StudyWeek week, Set<String> done, LocalDate today) {
        long planned = 0;
        long finished = 0;
        for (StudyBlock block : plan.blocks()) {
            if (block.date().isAfter(today)) {
                break;
            }
            planned += block.minutes();
            finished += done.contains(block.topicId()) ? block.minutes() : 0;
        }
        double weeks = Math.round((planned - finished) * 100.0 / week.weeklyMinutes()) / 100.0;
        return new PlanProgress(planned, finished, weeks);
    }

    public long slipMinutes() {
        return plannedMinutes - doneMinutes;
    }

    public double plannedHours() {
        return Hours.of(plannedMinutes);
    }

    public double doneHours() {
        return Hours.of(doneMinutes);
    }

    public double slipHours() {
        return Hours.of(slipMinutes());
    }
}
