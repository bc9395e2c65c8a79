package dev.skilltree.plan;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The learner's actual pace and where it leads. All hours are estimated hours at pace 1.0.
 *
 * @param hoursPerWeek     estimated hours of the topics completed in the last 28 days, divided by 4
 * @param projectedFinish  when the remaining topics would be finished at that pace on the same study days
 *                         (hours shared in proportion to the planned hours per day, days off kept); empty when
 *                         nothing was completed lately or the projection runs past 10 years
 */
public record PaceReport(
        double hoursPerWeek, long recentMinutes, long remainingMinutes, Optional<LocalDate> projectedFinish) {

    public double remainingHours() {
        return Hours.of(remainingMinutes);
    }
}
