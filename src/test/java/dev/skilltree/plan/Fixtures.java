package dev.skilltree.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
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

    /** Monday to Friday 1 h, Saturday 4 h, Sunday off. */
    static StudyWeek weekdaysAndSaturday() {
        return StudyWeek.hoursPerDay(Map.of(
                DayOfWeek.MONDAY,
                1.0,
                DayOfWeek.TUESDAY,
                1.0,
                DayOfWeek.WEDNESDAY,
                1.0,
                DayOfWeek.THURSDAY,
                1.0,
                DayOfWeek.FRIDAY,
                1.0,
                DayOfWeek.SATURDAY,
                4.0));
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
