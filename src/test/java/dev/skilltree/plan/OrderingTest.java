package dev.skilltree.plan;

import static dev.skilltree.plan.Fixtures.MONDAY;
import static dev.skilltree.plan.Fixtures.PLANNER;
import static dev.skilltree.plan.Fixtures.hoursEveryDay;
import static dev.skilltree.plan.Fixtures.plan;
import static dev.skilltree.plan.Fixtures.request;
import static dev.skilltree.plan.Fixtures.studyOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderingTest {

    @Test
    void neverStartsATopicBeforeItsPrerequisitesFinish() {
        PlanRequest request = request(
                hoursEveryDay(1), Topic.of("c", 0, 1, 1, "b"), Topic.of("b", 1, 3, 3, "a"), Topic.of("a", 2, 2, 2));
        Plan plan = PLANNER.plan(request);

        assertThat(studyOrder(plan)).containsExactly("a", "b", "c");
        assertThat(plan.item("b").orElseThrow().start()).isEqualTo(MONDAY.plusDays(2));
        assertThat(plan.item("c").orElseThrow().start()).isEqualTo(MONDAY.plusDays(5));
        PlanChecks.assertPrerequisitesFinishFirst(request, plan);
    }

    @Test
    void startsADependentOnTheDayItsPrerequisiteFinishesWhenTimeIsLeft() {
        Plan plan = plan(hoursEveryDay(2), Topic.of("a", 0, 1.5, 1.5), Topic.of("b", 1, 1, 1, "a"));

        assertThat(plan.blocks())
                .containsExactly(
                        new StudyBlock(MONDAY, "a", 90),
                        new StudyBlock(MONDAY, "b", 30),
                        new StudyBlock(MONDAY.plusDays(1), "b", 30));
    }

    @Test
    void picksTheTopicWithTheLongestRemainingPathFirst() {
        Plan plan = plan(hoursEveryDay(1), Topic.of("x", 0, 2, 2), Topic.of("y", 1, 1, 1), Topic.of("z", 2, 5, 5, "y"));

        assertThat(studyOrder(plan)).containsExactly("y", "z", "x");
    }

    @Test
    void breaksTiesByRoadmapOrderThenId() {
        Plan plan = plan(hoursEveryDay(1), Topic.of("a", 2, 1, 1), Topic.of("c", 1, 1, 1), Topic.of("b", 1, 1, 1));

        assertThat(studyOrder(plan)).containsExactly("b", "c", "a");
    }

    @Test
    void placesAMilestoneOnTheDayItsLastPrerequisiteFinishes() {
        PlanRequest request = request(
                hoursEveryDay(1),
                Topic.of("a", 0, 1, 1),
                Topic.of("b", 1, 2, 2),
                Topic.milestone("challenge", 2, "a", "b"),
                Topic.of("after", 3, 1, 1, "challenge"));
        Plan plan = PLANNER.plan(request);

        assertThat(plan.milestones()).containsExactly(new Milestone("challenge", MONDAY.plusDays(2)));
        assertThat(plan.item("after").orElseThrow().start()).isEqualTo(MONDAY.plusDays(3));
        assertThat(plan.weeks().getFirst().milestones())
                .extracting(Milestone::topicId)
                .containsExactly("challenge");
        PlanChecks.assertPrerequisitesFinishFirst(request, plan);
    }

    @Test
    void datesAMilestoneWithNothingLeftToWaitForOnTheStartDate() {
        PlanRequest request = request(hoursEveryDay(1), Topic.of("a", 0, 3, 3), Topic.milestone("m", 1, "done-before"))
                .withState(LearnerState.of(Set.of("done-before"), Set.of()));

        assertThat(PLANNER.plan(request).milestones()).containsExactly(new Milestone("m", MONDAY));
    }

    @Test
    void leavesOutTopicsThatAreDoneOrSkipped() {
        PlanRequest request = request(
                        hoursEveryDay(1),
                        Topic.of("a", 0, 1, 1),
                        Topic.of("b", 1, 1, 1, "a"),
                        Topic.of("c", 2, 1, 1, "b"))
                .withState(new LearnerState(Set.of("a"), Set.of(), Set.of("b")));

        assertThat(studyOrder(PLANNER.plan(request))).containsExactly("c");
    }

    @Test
    void givesTheSamePlanForTheSameRequestWhateverOrderTheTopicsAreListedIn() {
        List<Topic> topics = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            topics.add(
                    i < 3
                            ? Topic.of("t" + i, i % 4, 1, 2)
                            : i % 10 == 0
                                    ? Topic.milestone("t" + i, i % 4, "t" + (i - 1), "t" + (i / 2))
                                    : Topic.of("t" + i, i % 4, 1, 1 + i % 3, "t" + (i / 3)));
        }
        PlanRequest request = PlanRequest.of(topics, hoursEveryDay(1.5), MONDAY);
        List<Topic> shuffled = new ArrayList<>(topics);
        Collections.shuffle(shuffled, new Random(7));

        Plan plan = PLANNER.plan(request);
        assertThat(PLANNER.plan(request)).isEqualTo(plan);
        assertThat(PLANNER.plan(PlanRequest.of(shuffled, hoursEveryDay(1.5), MONDAY)))
                .isEqualTo(plan);
    }
}
