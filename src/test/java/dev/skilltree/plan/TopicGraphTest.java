package dev.skilltree.plan;

import static dev.skilltree.plan.Fixtures.hoursEveryDay;
import static dev.skilltree.plan.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopicGraphTest {

    @Test
    void holdsOnlyTheTopicsLeftWithTheirMinutesAtThePaceAndTheirDependents() {
        PlanRequest request = request(
                        hoursEveryDay(1),
                        Topic.of("done", 0, 1, 1),
                        Topic.of("skipped", 1, 1, 1),
                        Topic.of("next", 2, 1, 3, "done"),
                        Topic.of("after", 3, 2, 2, "next", "skipped"),
                        Topic.milestone("check", 4, "next", "after"))
                .withPace(1.5)
                .withState(new LearnerState(Set.of("done"), Set.of(), Set.of("skipped")));

        TopicGraph graph = TopicGraph.of(request);

        assertThat(graph.size()).isEqualTo(3);
        assertThat(ids(graph)).containsExactly("next", "after", "check");
        assertThat(graph.minutes).containsExactly(180, 180, 0);
        assertThat(graph.milestone).containsExactly(false, false, true);
        assertThat(graph.indegree)
                .as("a finished prerequisite is not waited for")
                .containsExactly(0, 1, 2);
        assertThat(dependents(graph, 0)).containsExactly("after", "check");
        assertThat(dependents(graph, 1)).containsExactly("check");
        assertThat(dependents(graph, 2)).isEmpty();
    }

    @Test
    void acceptsAPrerequisiteThatIsNotPlannedWhenTheLearnerHasFinishedIt() {
        PlanRequest request = request(hoursEveryDay(1), Topic.of("b", 0, 1, 1, "learnt-elsewhere"))
                .withState(LearnerState.of(Set.of("learnt-elsewhere"), Set.of()));

        TopicGraph graph = TopicGraph.of(request);

        assertThat(ids(graph)).containsExactly("b");
        assertThat(graph.indegree).containsExactly(0);
    }

    @Test
    void rejectsAPrerequisiteThatIsNeitherPlannedNorDoneNamingBoth() {
        PlanRequest request = request(hoursEveryDay(1), Topic.of("a", 0, 1, 1), Topic.of("b", 1, 1, 1, "a", "ghost"));

        assertThatThrownBy(() -> TopicGraph.of(request))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'b'")
                .hasMessageContaining("'ghost'")
                .extracting(e -> ((InvalidPlan) e).field())
                .isEqualTo("topics[b].prerequisites");
    }

    @Test
    void rejectsATopicIdThatAppearsTwice() {
        PlanRequest twice = request(hoursEveryDay(1), Topic.of("a", 0, 1, 1), Topic.of("a", 1, 2, 2));
        PlanRequest twiceDone = twice.withState(LearnerState.of(Set.of("a"), Set.of()));

        assertThatThrownBy(() -> TopicGraph.of(twice))
                .isInstanceOf(InvalidPlan.class)
                .hasMessageContaining("'a' appears twice");
        assertThatThrownBy(() -> TopicGraph.of(twiceDone)).hasMessageContaining("'a' appears twice");
    }

    @Test
    void ordersEveryTopicAfterItsPrerequisites() {
        TopicGraph graph = TopicGraph.of(request(
                hoursEveryDay(1),
                Topic.of("c", 0, 1, 1, "b"),
                Topic.of("d", 1, 1, 1, "a", "c"),
                Topic.of("b", 2, 1, 1, "a"),
                Topic.of("a", 3, 1, 1)));

        int[] order = graph.topologicalOrder();

        assertThat(Arrays.stream(order).mapToObj(i -> graph.topics[i].id())).containsExactly("a", "b", "c", "d");
    }

    @Test
    void rejectsPrerequisitesThatFormACycle() {
        PlanRequest request = request(
                hoursEveryDay(1),
                Topic.of("a", 0, 1, 1, "c"),
                Topic.of("b", 1, 1, 1, "a"),
                Topic.of("c", 2, 1, 1, "b"),
                Topic.of("free", 3, 1, 1));
        TopicGraph graph = TopicGraph.of(request);

        assertThatThrownBy(graph::topologicalOrder)
                .isInstanceOf(InvalidPlan.class)
                .hasMessageContaining("cycle")
                .hasMessageContaining("'a'");
    }

    @Test
    void givesEachTopicTheMinutesOfTheLongestChainItStarts() {
        TopicGraph graph = TopicGraph.of(request(
                hoursEveryDay(1),
                Topic.of("a", 0, 1, 1),
                Topic.of("short", 1, 1, 1, "a"),
                Topic.of("long", 2, 3, 3, "a"),
                Topic.of("end", 3, 2, 2, "short", "long"),
                Topic.of("alone", 4, 0.5, 0.5)));

        long[] longest = graph.longestRemainingPath(graph.topologicalOrder());

        assertThat(longest).containsExactly(360, 180, 300, 120, 30);
    }

    private static List<String> ids(TopicGraph graph) {
        return Arrays.stream(graph.topics).map(Topic::id).toList();
    }

    private static List<String> dependents(TopicGraph graph, int topic) {
        return IntStream.range(graph.dependentsFrom(topic), graph.dependentsTo(topic))
                .mapToObj(k -> graph.topics[graph.dependent(k)].id())
                .toList();
    }
}
