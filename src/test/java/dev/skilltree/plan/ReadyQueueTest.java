package dev.skilltree.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ReadyQueueTest {

    @Property
    void removesTopicsInRankOrderWhateverOrderTheyArrive(
            @ForAll @IntRange(min = 1, max = 200) int n, @ForAll long seed) {
        List<Integer> ranks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ranks.add(i);
        }
        Collections.shuffle(ranks, new Random(seed));
        int[] rank = ranks.stream().mapToInt(Integer::intValue).toArray();
        ReadyQueue queue = new ReadyQueue(byRoadmapOrder(rank), 1);
        List<Integer> arrivals = new ArrayList<>(ranks);
        Collections.shuffle(arrivals, new Random(seed + 1));
        arrivals.forEach(queue::add);

        List<Integer> removedRanks = new ArrayList<>();
        while (!queue.isEmpty()) {
            removedRanks.add(rank[queue.remove()]);
        }
        assertThat(removedRanks).isSorted().hasSize(n);
    }

    /** Independent topics of equal hours, so roadmap order alone decides. */
    private static Priority byRoadmapOrder(int[] order) {
        List<Topic> topics = new ArrayList<>();
        for (int i = 0; i < order.length; i++) {
            topics.add(Topic.of("t" + i, order[i], 1, 1));
        }
        PlanRequest request = PlanRequest.of(topics, Fixtures.hoursEveryDay(1), Fixtures.MONDAY);
        return new Priority(TopicGraph.of(request), request.state());
    }
}
