package dev.skilltree.plan;

import static dev.skilltree.plan.Fixtures.weekdaysAndSaturday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class StudyWeekTest {

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
    void spreadsHoursPerWeekEvenlyOverTheStudyDaysEarliestDaysTakingLeftoverMinutes() {
        StudyWeek allWeek = StudyWeek.hoursPerWeek(10);
        StudyWeek workWeek = StudyWeek.hoursPerWeek(10, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

        assertThat(DayOfWeek.values()).extracting(allWeek::minutes).containsExactly(86, 86, 86, 86, 86, 85, 85);
        assertThat(DayOfWeek.values()).extracting(workWeek::minutes).containsExactly(120, 120, 120, 120, 120, 0, 0);
        assertThat(allWeek.weeklyMinutes()).isEqualTo(600);
    }

    @Test
    void scalesAWeekInProportionCappingDaysAtTwentyFourHours() {
        StudyWeek scaled = weekdaysAndSaturday().scaledTo(100 * 60);

        assertThat(scaled.weeklyMinutes()).isEqualTo(100 * 60);
        assertThat(scaled.minutes(DayOfWeek.SATURDAY)).isEqualTo(24 * 60);
        assertThat(scaled.minutes(DayOfWeek.SUNDAY)).isZero();
        assertThat(scaled.minutes(DayOfWeek.MONDAY)).isEqualTo(76 * 60 / 5);
    }

    @Test
    void rejectsHoursPerWeekThatAreNotANumberAndAWeekWithoutStudyDays() {
        assertInvalid(() -> StudyWeek.hoursPerWeek(Double.NaN), "hoursPerWeek", "must be more than 0, was NaN");
        assertInvalid(() -> StudyWeek.hoursPerWeek(10, Set.of()), "studyDays", "at least one weekday");
        assertInvalid(
                () -> StudyWeek.hoursPerDay(Map.of(DayOfWeek.SUNDAY, Double.NaN)), "hoursPerDay.SUNDAY", "was NaN");
        assertInvalid(
                () -> new StudyWeek(Map.of(DayOfWeek.MONDAY, 24 * 60 + 1)),
                "hoursPerDay.MONDAY",
                "between 0 and 24, was 24.02");
    }

    @Test
    void givesEachDayItsHoursToTheMinuteAndNothingToTheDaysNotNamed() {
        StudyWeek week = StudyWeek.hoursPerDay(Map.of(DayOfWeek.TUESDAY, 1.255, DayOfWeek.SATURDAY, 24.0));

        assertThat(DayOfWeek.values()).extracting(week::minutes).containsExactly(0, 75, 0, 0, 0, 1440, 0);
        assertThat(week.weeklyMinutes()).isEqualTo(1515);
        assertThat(week.hoursPerWeek()).isEqualTo(25.25);
        assertThat(week.maxWeeklyMinutes()).as("two study days of 24 h").isEqualTo(2 * 1440);
    }

    @Test
    void scalesDownInProportionAndNeverPastWhatItsStudyDaysHold() {
        StudyWeek halved = weekdaysAndSaturday().scaledTo(9 * 60 / 2);
        StudyWeek overfull = StudyWeek.hoursPerDay(Map.of(DayOfWeek.MONDAY, 1.0, DayOfWeek.FRIDAY, 3.0))
                .scaledTo(100 * 60);

        assertThat(DayOfWeek.values()).extracting(halved::minutes).containsExactly(30, 30, 30, 30, 30, 120, 0);
        assertThat(overfull.weeklyMinutes()).isEqualTo(48 * 60);
        assertThat(overfull.minutes(DayOfWeek.MONDAY)).isEqualTo(24 * 60);
        assertThat(overfull.minutes(DayOfWeek.TUESDAY)).isZero();
    }

    private static void assertInvalid(ThrowingCallable call, String field, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidPlan.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).startsWith(field + ": ").contains(message);
        });
    }
}
