package dev.skilltree.plan;

import static dev.skilltree.plan.Fixtures.hoursEveryDay;
import static dev.skilltree.plan.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PriorityTest {

    @Test
    void putsATopicInProgressFirstThenTheLongestRemainingPathThenRoadmapOrderThenId() {
        PlanRequest request = request(
                        hoursEveryDay(1),
                        Topic.of("short-b", 5, 1, 1),
                        Topic.of("short-a", 5, 1, 1),
                        Topic.of("early", 1, 1, 1),
                        Topic.of("long", 9, 1, 1),
                        Topic.of("after-long", 9, 4, 4, "long"),
                        Topic.of("begun", 9, 1, 1))
                .withState(LearnerState.of(Set.of(), Set.of("begun")));
        TopicGraph graph = TopicGraph.of(request);
        Priority priority = new Priority(graph, request.state());

        List<String> order = IntStream.range(0, graph.size())
                .boxed()
                .sorted((a, b) -> priority.before(a, priority.key(a), b, priority.key(b))
                        ? -1
                        : priority.before(b, priority.key(b), a, priority.key(a)) ? 1 : 0)
                .map(i -> graph.topics[i].id())
                .toList();

        assertThat(order).containsExactly("begun", "long", "after-long", "early", "short-a", "short-b");
    }

    @Test
    void aLongerRemainingPathGivesASmallerKey() {
        TopicGraph graph = TopicGraph.of(
                request(hoursEveryDay(1), Topic.of("a", 0, 1, 1), Topic.of("b", 1, 2, 2, "a"), Topic.of("c", 2, 2, 2)));
        Priority priority = new Priority(graph, LearnerState.empty());

        long[] keys = IntStream.range(0, graph.size()).mapToLong(priority::key).toArray();

        assertThat(keys[0]).as("a leads 3 h").isLessThan(keys[2]);
        assertThat(keys[2]).as("c leads 2 h, like b").isEqualTo(keys[1]);
        assertThat(Arrays.stream(keys)).allMatch(k -> k > 0);
    }
}
