package dev.skilltree.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a learner asks a plan for, as the form and the API send it: the roadmap, its tracks or goal topics, hours per
 * week or per weekday ({@code {"mon": 1, "sat": 4}}), the start and target dates, days off and the pace factor.
 */
public record PlanSettings(
        String roadmap,
        List<String> tracks,
        List<String> goals,
        Double hoursPerWeek,
        Map<String, Double> hoursPerDay,
        LocalDate start,
        LocalDate target,
        List<LocalDate> daysOff,
        Double pace) {

    /** The weekday keys of {@code hoursPerDay}, as the settings keep them; longer names (monday) are read too. */
    public static final List<String> WEEKDAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    public PlanSettings {
        if (roadmap == null || roadmap.isBlank()) {
            throw InvalidPlan.field("roadmap", "must be given");
        }
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
        goals = goals == null ? List.of() : List.copyOf(goals);
        hoursPerDay = hoursPerDay == null || hoursPerDay.isEmpty() ? null : weekdays(hoursPerDay);
        daysOff = daysOff == null ? List.of() : List.copyOf(daysOff);
        pace = pace == null ? 1.0 : pace;
        if (hoursPerWeek == null && hoursPerDay == null) {
            throw InvalidPlan.field("hoursPerWeek", "must be given (or hoursPerDay)");
        }
    }

    /** The study capacity: the hours per weekday when given, else the hours per week spread over every day. */
    public StudyWeek week() {
        if (hoursPerDay == null) {
            return StudyWeek.hoursPerWeek(hoursPerWeek);
        }
        Map<DayOfWeek, Double> days = new EnumMap<>(DayOfWeek.class);
        hoursPerDay.forEach((name, hours) -> days.put(DayOfWeek.values()[WEEKDAYS.indexOf(name)], hours));
        return StudyWeek.hoursPerDay(days);
    }

    /** The hours keyed by {@link #WEEKDAYS}; a day named twice, or not a weekday, is refused with its name. */
    private static Map<String, Double> weekdays(Map<String, Double> hours) {
        Map<String, Double> days = new java.util.LinkedHashMap<>();
        hours.forEach((name, h) -> {
            String day = WEEKDAYS.get(day(name).ordinal());
            if (h == null) {
                throw InvalidPlan.field("hoursPerDay." + name, "must be a number of hours");
            }
            if (days.put(day, h) != null) {
                throw InvalidPlan.field("hoursPerDay." + name, "names " + day + " a second time");
            }
        });
        return Map.copyOf(days);
    }

    public PlanSettings withStart(LocalDate date) {
        return new PlanSettings(roadmap, tracks, goals, hoursPerWeek, hoursPerDay, date, target, daysOff, pace);
    }

    /** The request for the roadmap's chosen topics and the learner's state. */
    PlanRequest request(List<Topic> topics, LearnerState state) {
        return new PlanRequest(topics, week(), start, target, java.util.Set.copyOf(daysOff), pace, state);
    }

    private static DayOfWeek day(String name) {
        String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!key.isEmpty() && day.name().startsWith(key) && key.length() >= 3) {
                return day;
            }
        }
        throw InvalidPlan.field("hoursPerDay." + name, "'" + name + "' is not a weekday (mon, tue, … sun)");
    }
}
