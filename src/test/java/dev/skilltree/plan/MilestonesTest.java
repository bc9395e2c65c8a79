package dev.skilltree.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MilestonesTest {

    private static final Plan PLAN = SmallRoadmap.plan(7);

    @Test
    void aStageTestIsAMilestoneOnTheDayItsStudyEnds() {
        List<Milestone> milestones = Milestones.of(SmallRoadmap.roadmap(), PLAN);

        assertThat(milestones)
                .contains(new Milestone("quiz", PLAN.item("quiz").orElseThrow().end()));
    }

    @Test
    void aPracticeProjectIsTheMilestoneThePlanDatedAfterItsParts() {
        List<Milestone> milestones = Milestones.of(SmallRoadmap.roadmap(), PLAN);

        assertThat(milestones).contains(PLAN.milestone("homepage").orElseThrow());
        assertThat(PLAN.milestone("homepage").orElseThrow().date())
                .isAfterOrEqualTo(PLAN.item("deploy").orElseThrow().end());
    }

    @Test
    void theyComeByDateAndOrdinaryTopicsAreNone() {
        List<Milestone> milestones = Milestones.of(SmallRoadmap.roadmap(), PLAN);

        assertThat(milestones).extracting(Milestone::topicId).containsExactlyInAnyOrder("quiz", "homepage");
        assertThat(milestones).isSortedAccordingTo(java.util.Comparator.comparing(Milestone::date));
    }
}
