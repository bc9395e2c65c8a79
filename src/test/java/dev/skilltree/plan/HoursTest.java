package dev.skilltree.plan;

import static dev.skilltree.plan.Fixtures.PLANNER;
import static dev.skilltree.plan.Fixtures.hoursEveryDay;
import static dev.skilltree.plan.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HoursTest {

    @Test
    void takesTheMidpointOfTheEstimateTimesThePace() {
        Plan plan =
                PLANNER.plan(request(hoursEveryDay(2), Topic.of("a", 0, 2, 4)).withPace(1.5));

        assertThat(plan.item("a").orElseThrow().minutes()).isEqualTo(270);
        assertThat(plan.totalHours()).isEqualTo(4.5);
    }

    @Test
    void givesATopicWithoutAnEstimateTwoHoursTimesThePace() {
        Plan plan = PLANNER.plan(
                request(hoursEveryDay(2), Topic.unestimated("a", 0)).withPace(0.5));

        assertThat(plan.item("a").orElseThrow().hours()).isEqualTo(Planner.DEFAULT_TOPIC_HOURS * 0.5);
    }

    @Test
    void givesAMilestoneNoHours() {
        Plan plan = PLANNER.plan(request(hoursEveryDay(2), Topic.of("a", 0, 1, 1), Topic.milestone("m", 1, "a")));

        assertThat(plan.totalMinutes()).isEqualTo(60);
        assertThat(plan.blocks()).extracting(StudyBlock::topicId).containsOnly("a");
        assertThat(plan.item("m")).isEmpty();
    }

    @Test
    void schedulesExactlyTheMinutesEstimatedEvenWithAwkwardFractions() {
        PlanRequest request = request(
                        StudyWeek.hoursPerWeek(3.3),
                        Topic.of("a", 0, 1.0 / 3, 1.0 / 3),
                        Topic.of("b", 1, 0.1, 2.35),
                        Topic.of("c", 2, 0, 0.01),
                        Topic.unestimated("d", 3))
                .withPace(1.3);
        Plan plan = PLANNER.plan(request);

        PlanChecks.assertHoursMatchEstimates(request, plan);
        assertThat(plan.blocks().stream().mapToLong(StudyBlock::minutes).sum()).isEqualTo(plan.totalMinutes());
    }

    @Test
    void placesATopicOfZeroMinutesWithoutStudyBlocks() {
        Plan plan = PLANNER.plan(request(hoursEveryDay(1), Topic.of("a", 0, 1.5, 1.5), Topic.of("zero", 1, 0, 0, "a")));

        assertThat(plan.item("zero").orElseThrow())
                .isEqualTo(new PlanItem("zero", 0, Fixtures.MONDAY.plusDays(1), Fixtures.MONDAY.plusDays(1)));
        assertThat(plan.blocks()).extracting(StudyBlock::topicId).containsOnly("a");
    }

    @Test
    void roundsHoursToHundredthsOnlyForDisplay() {
        assertThat(new StudyBlock(Fixtures.MONDAY, "a", 20).hours()).isEqualTo(0.33);
        assertThat(new WeekEntry("a", 100).hours()).isEqualTo(1.67);
    }
}
