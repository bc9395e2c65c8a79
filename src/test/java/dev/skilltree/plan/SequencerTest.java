package dev.skilltree.plan;

import static dev.skilltree.plan.Fixtures.hoursEveryDay;
import static dev.skilltree.plan.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SequencerTest {

    @Test
    void takesEachTopicOnlyOnceItsPrerequisitesAreTaken() {
        assertThat(order(request(
                        hoursEveryDay(1),
                        Topic.of("c", 0, 1, 1, "b"),
                        Topic.of("b", 1, 1, 1, "a"),
                        Topic.of("a", 2, 1, 1))))
                .containsExactly("a", "b", "c");
    }

    @Test
    void takesAMilestoneAsSoonAsItsLastPrerequisiteIsTakenAheadOfReadyTopics() {
        assertThat(order(request(
                        hoursEveryDay(1),
                        Topic.of("a", 0, 3, 3),
                        Topic.of("x", 1, 1, 1),
                        Topic.milestone("check", 2, "a"),
                        Topic.milestone("free", 3))))
                .as("the milestone needing nothing goes first; check follows a although x is ready")
                .containsExactly("free", "a", "check", "x");
    }

    @Test
    void takesATopicInProgressFirstOnceItIsReady() {
        PlanRequest request = request(
                        hoursEveryDay(1),
                        Topic.of("a", 0, 1.5, 1.5),
                        Topic.of("b", 1, 1, 1),
                        Topic.of("begun", 2, 1, 1, "b"))
                .withState(LearnerState.of(Set.of(), Set.of("begun")));

        assertThat(order(request))
                .as("begun waits for b, then goes before the longer a")
                .containsExactly("b", "begun", "a");
        assertThat(order(request.withState(LearnerState.empty())))
                .as("not in progress, it would come after a")
                .containsExactly("b", "a", "begun");
    }

    @Test
    void ordersNothingWhenEveryTopicIsFinished() {
        PlanRequest request =
                request(hoursEveryDay(1), Topic.of("a", 0, 1, 1)).withState(LearnerState.of(Set.of("a"), Set.of()));

        assertThat(order(request)).isEmpty();
    }

    private static List<String> order(PlanRequest request) {
        TopicGraph graph = TopicGraph.of(request);
        return Arrays.stream(Sequencer.sequence(graph, request.state()))
                .mapToObj(i -> graph.topics[i].id())
                .toList();
    }
}
