package dev.skilltree.plan;

import static dev.skilltree.plan.Fixtures.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PlanTest {

    private static final Plan PLAN = new Plan(
            MONDAY,
            List.of(new StudyBlock(MONDAY, "a", 100), new StudyBlock(MONDAY.plusDays(1), "b", 25)),
            List.of(
                    new PlanItem("a", 100, MONDAY, MONDAY),
                    new PlanItem("b", 25, MONDAY.plusDays(1), MONDAY.plusDays(1))),
            List.of(new Milestone("check", MONDAY.plusDays(1))),
            List.of(new PlanWeek(MONDAY, List.of(new WeekEntry("a", 100), new WeekEntry("b", 25)), List.of())),
            125,
            MONDAY.plusDays(1),
            Optional.empty());

    @Test
    void findsATopicsItemAndAMilestoneByTheirIds() {
        assertThat(PLAN.item("b")).hasValue(new PlanItem("b", 25, MONDAY.plusDays(1), MONDAY.plusDays(1)));
        assertThat(PLAN.item("check")).as("a milestone has no item").isEmpty();
        assertThat(PLAN.milestone("check")).hasValue(new Milestone("check", MONDAY.plusDays(1)));
        assertThat(PLAN.milestone("a")).isEmpty();
    }

    @Test
    void givesItsTotalInHoursToTheHundredth() {
        assertThat(PLAN.totalHours()).isEqualTo(2.08);
    }

    @Test
    void keepsItsOwnListsAndTakesATargetCheckOnlyThroughWithTarget() {
        List<StudyBlock> blocks = new ArrayList<>(PLAN.blocks());
        Plan copy = new Plan(
                PLAN.start(),
                blocks,
                PLAN.items(),
                PLAN.milestones(),
                PLAN.weeks(),
                PLAN.totalMinutes(),
                PLAN.projectedFinish(),
                Optional.empty());
        blocks.clear();
        TargetCheck check = new TargetCheck(MONDAY.plusDays(7), true, 0, OptionalDouble.empty(), "On track.");

        Plan targeted = copy.withTarget(check);

        assertThat(copy.blocks()).hasSize(2);
        assertThat(targeted.target()).hasValue(check);
        assertThat(targeted.items()).isEqualTo(PLAN.items());
        assertThat(copy.target()).isEmpty();
    }
}
