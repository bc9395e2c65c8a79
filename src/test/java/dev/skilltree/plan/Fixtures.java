package dev.skilltree.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

final class Fixtures {

    /** A Monday. */
    static final LocalDate MONDAY = LocalDate.of(2025, 1, 6);

    static final Planner PLANNER = new Planner();

    private Fixtures() {}

    static StudyWeek hoursEveryDay(double hours) {
        return StudyWeek.hoursPerWeek(hours * 7);
    }

    /** Monday to Friday 1 h, the weekend off. */
    static StudyWeek weekdays() {
        return StudyWeek.hoursPerDay(anHourOnWeekdays());
    }

    /** Monday to Friday 1 h, Saturday 4 h, Sunday off. */
    static StudyWeek weekdaysAndSaturday() {
        Map<DayOfWeek, Double> hours = anHourOnWeekdays();
        hours.put(DayOfWeek.SATURDAY, 4.0);
        return StudyWeek.hoursPerDay(hours);
    }

    private static Map<DayOfWeek, Double> anHourOnWeekdays() {
        Map<DayOfWeek, Double> hours = new EnumMap<>(DayOfWeek.class);
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).forEach(day -> hours.put(day, 1.0));
        return hours;
    }

    static PlanRequest request(StudyWeek week, Topic... topics) {
        return PlanRequest.of(List.of(topics), week, MONDAY);
    }

    static Plan plan(StudyWeek week, Topic... topics) {
        return PLANNER.plan(request(week, topics));
    }

    static List<String> studyOrder(Plan plan) {
        return plan.items().stream().map(PlanItem::topicId).toList();
    }
}
