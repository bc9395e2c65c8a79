package dev.skilltree.plan;

import static dev.skilltree.plan.Fixtures.MONDAY;
import static dev.skilltree.plan.Fixtures.PLANNER;
import static dev.skilltree.plan.Fixtures.hoursEveryDay;
import static dev.skilltree.plan.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanProgressTest {

    /** a (3 h) on Monday to Wednesday, b (3 h) on Thursday to Saturday, an hour a day. */
    private static final PlanRequest REQUEST =
            request(hoursEveryDay(1), Topic.of("a", 0, 3, 3), Topic.of("b", 1, 3, 3, "a"));

    private static final Plan PLAN = PLANNER.plan(REQUEST);

    @Test
    void comparesWhatThePlanScheduledByTodayWithWhatIsDone() {
        PlanProgress progress = PlanProgress.measure(PLAN, REQUEST.week(), Set.of("a"), MONDAY.plusDays(3));

        assertThat(progress.plannedHours()).isEqualTo(4.0);
        assertThat(progress.doneHours()).isEqualTo(3.0);
        assertThat(progress.slipHours()).isEqualTo(1.0);
        assertThat(progress.slipWeeks()).isEqualTo(0.14);
    }

    @Test
    void beforeThePlanStartsNothingIsPlannedAndNothingSlips() {
        PlanProgress progress = PlanProgress.measure(PLAN, REQUEST.week(), Set.of(), MONDAY.minusDays(1));

        assertThat(progress).isEqualTo(new PlanProgress(0, 0, 0));
    }

    @Test
    void workDoneAheadOfThePlanCountsOnlyWhatWasPlannedByToday() {
        PlanProgress progress = PlanProgress.measure(PLAN, REQUEST.week(), Set.of("a", "b"), MONDAY);

        assertThat(progress.plannedMinutes()).isEqualTo(60);
        assertThat(progress.doneMinutes()).isEqualTo(60);
        assertThat(progress.slipMinutes()).isZero();
    }

    @Test
    void aLearnerWhoDidNothingForAWeekSlipsAWeek() {
        PlanProgress progress = PlanProgress.measure(PLAN, REQUEST.week(), Set.of(), MONDAY.plusDays(6));

        assertThat(progress.slipHours()).isEqualTo(6.0);
        assertThat(progress.slipWeeks()).isEqualTo(0.86);
    }
}
