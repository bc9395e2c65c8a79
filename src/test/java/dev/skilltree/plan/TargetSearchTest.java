package dev.skilltree.plan;

import static dev.skilltree.plan.Fixtures.MONDAY;
import static dev.skilltree.plan.Fixtures.PLANNER;
import static dev.skilltree.plan.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class TargetSearchTest {

    private static final PlanRequest TWENTY_HOURS = request(
            StudyWeek.hoursPerWeek(5), Topic.of("a", 0, 8, 12), Topic.of("b", 1, 6, 6, "a"), Topic.of("c", 2, 4, 4));

    @Test
    void callsATargetOnOrAfterTheFinishFeasible() {
        Plan plan = PLANNER.plan(TWENTY_HOURS.withTarget(MONDAY.plusWeeks(4).minusDays(1)));

        assertThat(plan.projectedFinish()).isEqualTo(MONDAY.plusWeeks(4).minusDays(1));
        TargetCheck check = plan.target().orElseThrow();
        assertThat(check.feasible()).isTrue();
        assertThat(check.weeksLate()).isZero();
        assertThat(check.hoursPerWeekNeeded()).isEmpty();
    }

    @Test
    void explainsAnInfeasibleTargetWithTheHoursPerWeekThatWouldMakeIt() {
        PlanRequest request = TWENTY_HOURS.withTarget(MONDAY.plusWeeks(2).minusDays(1));
        TargetCheck check = PLANNER.plan(request).target().orElseThrow();

        assertThat(check.feasible()).isFalse();
        assertThat(check.weeksLate()).isEqualTo(2);
        assertThat(check.hoursPerWeekNeeded()).hasValue(10.0);
        assertThat(check.message())
                .isEqualTo("Not feasible: the plan finishes on 2025-02-02, 2 weeks after the target "
                        + "date 2025-01-19; 10.0 h per week (now 5.0) would make it.");
        assertThat(finishWith(request, 10.0)).isBeforeOrEqualTo(request.target());
        assertThat(finishWith(request, 9.5)).isAfter(request.target());
    }

    @Test
    void keepsTheStudyDaysWhenLookingForTheHoursNeeded() {
        PlanRequest request = TWENTY_HOURS
                .withWeek(StudyWeek.hoursPerWeek(2, EnumSet.of(DayOfWeek.SATURDAY)))
                .withTarget(MONDAY.plusDays(12));
        TargetCheck check = PLANNER.plan(request).target().orElseThrow();

        assertThat(check.hoursPerWeekNeeded()).hasValue(10.0);
    }

    @Test
    void saysWhenNotEvenTwentyFourHoursOnEveryStudyDayWouldDo() {
        PlanRequest request = TWENTY_HOURS
                .withWeek(StudyWeek.hoursPerWeek(2, EnumSet.of(DayOfWeek.SUNDAY)))
                .withTarget(MONDAY.plusDays(5));
        TargetCheck check = PLANNER.plan(request).target().orElseThrow();

        assertThat(check.feasible()).isFalse();
        assertThat(check.hoursPerWeekNeeded()).isEmpty();
        assertThat(check.message()).endsWith("even 24.0 h per week on the same study days would not make it.");
    }

    private static LocalDate finishWith(PlanRequest request, double hoursPerWeek) {
        return PLANNER.plan(request.withTarget(null).withWeek(request.week().scaledTo(Math.round(hoursPerWeek * 60))))
                .projectedFinish();
    }
}
