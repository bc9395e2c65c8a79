package dev.skilltree.plan;

import static dev.skilltree.plan.Fixtures.MONDAY;
import static dev.skilltree.plan.Fixtures.PLANNER;
import static dev.skilltree.plan.Fixtures.hoursEveryDay;
import static dev.skilltree.plan.Fixtures.request;
import static dev.skilltree.plan.Fixtures.studyOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplanTest {

    private static final PlanRequest ROADMAP = request(
            hoursEveryDay(1),
            Topic.of("a", 0, 2, 2),
            Topic.of("b", 1, 2, 2, "a"),
            Topic.of("c", 2, 1, 1),
            Topic.of("d", 3, 4, 4, "c"),
            Topic.of("e", 4, 1, 1),
            Topic.milestone("m", 5, "b", "d"));

    @Test
    void replanningAnUnchangedStateOnTheSameStartGivesTheSamePlan() {
        PlanRequest request = ROADMAP.withState(LearnerState.of(Set.of("c"), Set.of("e")));

        assertThat(PLANNER.replan(request, request.start(), request.state())).isEqualTo(PLANNER.plan(request));
    }

    @Test
    void replanKeepsDoneWorkOutAndPutsTopicsInProgressFirst() {
        assertThat(studyOrder(PLANNER.plan(ROADMAP))).containsExactly("c", "a", "d", "b", "e");

        Plan replanned = PLANNER.replan(ROADMAP, MONDAY.plusDays(10), LearnerState.of(Set.of("c"), Set.of("e", "b")));

        assertThat(studyOrder(replanned)).containsExactly("e", "a", "b", "d");
        assertThat(replanned.start()).isEqualTo(MONDAY.plusDays(10));
        assertThat(replanned.blocks().getFirst()).isEqualTo(new StudyBlock(MONDAY.plusDays(10), "e", 60));
        assertThat(replanned.milestones()).containsExactly(new Milestone("m", MONDAY.plusDays(18)));
    }

    @Test
    void aTopicInProgressStillWaitsForItsPrerequisites() {
        Plan replanned = PLANNER.replan(ROADMAP, MONDAY, LearnerState.of(Set.of(), Set.of("b")));

        assertThat(studyOrder(replanned)).containsExactly("c", "a", "b", "d", "e");
        assertThat(replanned.item("b").orElseThrow().start())
                .isAfterOrEqualTo(replanned.item("a").orElseThrow().end());
    }
}
