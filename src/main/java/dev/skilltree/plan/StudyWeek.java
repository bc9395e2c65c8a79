package dev.skilltree.plan;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The learner's study capacity per weekday, in whole minutes (hours are converted with rounding to the minute).
 * Days off are not part of the week; they are given with the {@link PlanRequest}.
 */
public record StudyWeek(Map<DayOfWeek, Integer> minutesPerDay) {

    static final int MINUTES_PER_DAY = 24 * 60;
    static final double MAX_HOURS_PER_WEEK = 168;

    public StudyWeek {
        EnumMap<DayOfWeek, Integer> copy = new EnumMap<>(DayOfWeek.class);
        long total = 0;
        for (DayOfWeek day : DayOfWeek.values()) {
            int minutes = minutesPerDay.getOrDefault(day, 0);
            if (minutes < 0 || minutes > MINUTES_PER_DAY) {
                throw InvalidPlan.field("hoursPerDay." + day, "must be between 0 and 24, was " + Hours.of(minutes));
            }
            copy.put(day, minutes);
            total += minutes;
        }
        if (total == 0) {
            throw InvalidPlan.field("hoursPerWeek", "must be more than 0");
        }
        minutesPerDay = Map.copyOf(copy);
    }

    /** {@code hours} spread evenly over all seven weekdays. */
    public static StudyWeek hoursPerWeek(double hours) {
        return hoursPerWeek(hours, EnumSet.allOf(DayOfWeek.class));
    }

    /** {@code hours} spread evenly over the study days; leftover minutes go to the earliest days, Monday first. */
    public static StudyWeek hoursPerWeek(double hours, Set<DayOfWeek> studyDays) {
        if (!(hours > 0)) {
            throw InvalidPlan.field("hoursPerWeek", "must be more than 0, was " + hours);
        }
        if (hours > MAX_HOURS_PER_WEEK) {
            throw InvalidPlan.field("hoursPerWeek", "must be at most 168, was " + hours);
        }
        if (studyDays.isEmpty()) {
            throw InvalidPlan.field("studyDays", "must name at least one weekday");
        }
        if (hours > 24.0 * studyDays.size()) {
            throw InvalidPlan.field(
                    "hoursPerWeek",
                    "must be at most 24 per study day (" + 24 * studyDays.size() + " for " + studyDays.size()
                            + " days), was " + hours);
        }
        int[] weights = new int[7];
        studyDays.forEach(day -> weights[day.ordinal()] = 1);
        return new StudyWeek(WeekSpread.distribute(Hours.toMinutes(hours), weights));
    }

    /** Hours per weekday, e.g. Monday to Friday 1 and Saturday 4; missing days get nothing. */
    public static StudyWeek hoursPerDay(Map<DayOfWeek, Double> hours) {
        EnumMap<DayOfWeek, Integer> minutes = new EnumMap<>(DayOfWeek.class);
        hours.forEach((day, h) -> {
            if (!(h >= 0 && h <= 24)) {
                throw InvalidPlan.field("hoursPerDay." + day, "must be between 0 and 24, was " + h);
            }
            minutes.put(day, (int) Hours.toMinutes(h));
        });
        return new StudyWeek(minutes);
    }

    public int minutes(DayOfWeek day) {
        return minutesPerDay.get(day);
    }

    public long weeklyMinutes() {
        return minutesPerDay.values().stream().mapToLong(Integer::longValue).sum();
    }

    public double hoursPerWeek() {
        return Hours.of(weeklyMinutes());
    }

    /** The most this week's study days can hold: 24 h each, at most 168 h. */
    long maxWeeklyMinutes() {
        return minutesPerDay.values().stream().filter(m -> m > 0).count() * MINUTES_PER_DAY;
    }

    /**
     * The same study days with {@code weeklyMinutes} in total, shared in proportion to the current minutes
     * per day; a day that would pass 24 h is capped and its excess shared among the others.
     */
    StudyWeek scaledTo(long weeklyMinutes) {
        int[] weights = new int[7];
        minutesPerDay.forEach((day, m) -> weights[day.ordinal()] = m);
        return new StudyWeek(WeekSpread.distribute(Math.min(weeklyMinutes, maxWeeklyMinutes()), weights));
    }
}
