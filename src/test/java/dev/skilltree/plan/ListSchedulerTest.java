package dev.skilltree.plan;

import static dev.skilltree.plan.Fixtures.MONDAY;
import static dev.skilltree.plan.Fixtures.hoursEveryDay;
import static dev.skilltree.plan.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListSchedulerTest {

    @Test
    void laysTheTopicsOntoTheDaysAndSumsEachTopicsMinutesPerWeekFromTheMondayOfTheStart() {
        LocalDate thursday = MONDAY.plusDays(3);
        PlanRequest request = request(
                        hoursEveryDay(2),
                        Topic.of("a", 0, 5, 5),
                        Topic.milestone("check", 1, "a"),
                        Topic.of("b", 2, 4, 4, "a"))
                .withStart(thursday);

        Plan plan = ListScheduler.run(request);

        assertThat(plan.start()).isEqualTo(thursday);
        assertThat(plan.items())
                .containsExactly(
                        new PlanItem("a", 300, thursday, MONDAY.plusDays(5)),
                        new PlanItem("b", 240, MONDAY.plusDays(5), MONDAY.plusDays(7)));
        assertThat(plan.milestones()).containsExactly(new Milestone("check", MONDAY.plusDays(5)));
        assertThat(plan.weeks())
                .containsExactly(
                        new PlanWeek(
                                MONDAY,
                                List.of(new WeekEntry("a", 300), new WeekEntry("b", 180)),
                                List.of(new Milestone("check", MONDAY.plusDays(5)))),
                        new PlanWeek(MONDAY.plusWeeks(1), List.of(new WeekEntry("b", 60)), List.of()));
        assertThat(plan.totalMinutes()).isEqualTo(540);
        assertThat(plan.projectedFinish()).isEqualTo(MONDAY.plusDays(7));
        assertThat(plan.target()).isEmpty();
    }

    @Test
    void aPlanWithNothingLeftFinishesOnItsStartInOneEmptyWeek() {
        Plan plan = ListScheduler.run(request(hoursEveryDay(1)).withStart(MONDAY.plusDays(2)));

        assertThat(plan.items()).isEmpty();
        assertThat(plan.blocks()).isEmpty();
        assertThat(plan.projectedFinish()).isEqualTo(MONDAY.plusDays(2));
        assertThat(plan.weeks()).containsExactly(new PlanWeek(MONDAY, List.of(), List.of()));
        assertThat(plan.target()).isEqualTo(Optional.empty());
    }
}
