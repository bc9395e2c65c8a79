package dev.skilltree.plan;

import static dev.skilltree.plan.Fixtures.MONDAY;
import static dev.skilltree.plan.Fixtures.PLANNER;
import static dev.skilltree.plan.Fixtures.hoursEveryDay;
import static dev.skilltree.plan.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidationTest {

    @Test
    void rejectsZeroHoursPerWeek() {
        assertInvalid(() -> StudyWeek.hoursPerWeek(0), "hoursPerWeek", "must be more than 0");
        assertInvalid(
                () -> StudyWeek.hoursPerDay(Map.of(DayOfWeek.MONDAY, 0.0)), "hoursPerWeek", "must be more than 0");
    }

    @Test
    void rejectsMoreThan168HoursAWeek() {
        assertInvalid(() -> StudyWeek.hoursPerWeek(168.5), "hoursPerWeek", "at most 168");
    }

    @Test
    void rejectsMoreThan24HoursOnAStudyDay() {
        assertInvalid(
                () -> StudyWeek.hoursPerWeek(121, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)),
                "hoursPerWeek",
                "at most 24 per study day (120 for 5 days)");
        assertInvalid(
                () -> StudyWeek.hoursPerDay(Map.of(DayOfWeek.SATURDAY, 25.0)),
                "hoursPerDay.SATURDAY",
                "between 0 and 24");
        assertInvalid(
                () -> StudyWeek.hoursPerDay(Map.of(DayOfWeek.SATURDAY, -1.0)),
                "hoursPerDay.SATURDAY",
                "between 0 and 24");
    }

    @Test
    void rejectsAStartDateAfterTheTargetDate() {
        assertInvalid(
                () -> request(hoursEveryDay(1)).withTarget(MONDAY.minusDays(1)), "start", "after the target date");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.49, 2.01, 0, Double.NaN})
    void rejectsAPaceOutsideHalfToDouble(double pace) {
        assertInvalid(() -> request(hoursEveryDay(1)).withPace(pace), "pace", "between 0.5 and 2.0");
    }

    @Test
    void acceptsThePaceBounds() {
        assertThat(request(hoursEveryDay(1)).withPace(0.5).withPace(2.0).pace()).isEqualTo(2.0);
    }

    @Test
    void rejectsAPlanThatWouldRunPastTenYears() {
        List<Topic> topics = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            topics.add(Topic.of("t" + i, i, 6, 6));
        }
        PlanRequest request = PlanRequest.of(topics, StudyWeek.hoursPerWeek(1), MONDAY);

        assertInvalid(() -> PLANNER.plan(request), "hoursPerWeek", "past 10 years");
    }

    @Test
    void rejectsABadEstimate() {
        assertInvalid(() -> Topic.of("a", 0, 3, 2), "estimate", "0 <= min <= max");
        assertInvalid(() -> Topic.of("a", 0, -1, 2), "estimate", "0 <= min <= max");
    }

    @Test
    void rejectsAMilestoneWithStudyHours() {
        assertInvalid(
                () -> new Topic("m", 0, new HoursRange(1, 2), List.of(), true), "topics[m].estimate", "milestone");
    }

    private static void assertInvalid(ThrowingCallable call, String field, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidPlan.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).startsWith(field + ": ").contains(message);
        });
    }
}
