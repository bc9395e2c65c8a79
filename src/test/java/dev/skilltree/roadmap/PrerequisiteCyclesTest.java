package dev.skilltree.roadmap;

import static dev.skilltree.roadmap.Nodes.node;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrerequisiteCyclesTest {

    @Test
    void findsNoCycleInADiamond() {
        assertThat(PrerequisiteCycles.find(edges("a", "b,c", "b", "d", "c", "d", "d", "")))
                .isEmpty();
    }

    @Test
    void givesTheCycleAsAPathThatReturnsToItsStart() {
        assertThat(PrerequisiteCycles.find(edges("a", "b", "b", "c", "c", "a"))).contains(List.of("a", "b", "c", "a"));
    }

    @Test
    void leavesOutTheWayIntoTheCycle() {
        assertThat(PrerequisiteCycles.find(edges("a", "b", "b", "c", "c", "b"))).contains(List.of("b", "c", "b"));
    }

    @Test
    void findsANodeThatNeedsItself() {
        assertThat(PrerequisiteCycles.find(edges("a", "a"))).contains(List.of("a", "a"));
    }

    @Test
    void ignoresPrerequisitesOnUnknownNodes() {
        assertThat(PrerequisiteCycles.find(edges("a", "missing", "b", "a"))).isEmpty();
    }

    @Test
    void readsTheEdgesOfNodesFromTheirPrerequisites() {
        List<Node> nodes = List.of(
                node("a", NodeKind.TOPIC, null, "c"),
                node("b", NodeKind.TOPIC, null, "a"),
                node("c", NodeKind.TOPIC, null, "b"));

        assertThat(PrerequisiteCycles.find(nodes))
                .hasValueSatisfying(cycle ->
                        assertThat(cycle).hasSize(4).containsOnly("a", "b", "c").startsWith(cycle.getLast()));
    }

    @Test
    void walksChainsFarDeeperThanTheStackAllows() {
        int length = 200_000;
        Map<String, List<String>> chain = new LinkedHashMap<>();
        for (int i = 0; i < length; i++) {
            chain.put("n" + i, i + 1 < length ? List.of("n" + (i + 1)) : List.of());
        }

        assertThat(PrerequisiteCycles.find(chain)).isEmpty();

        chain.put("n" + (length - 1), List.of("n0"));
        assertThat(PrerequisiteCycles.find(chain)).hasValueSatisfying(cycle -> assertThat(cycle)
                .hasSize(length + 1)
                .startsWith("n0", "n1")
                .endsWith("n" + (length - 1), "n0"));
    }

    /** Pairs of id and comma-separated prerequisites, in order. */
    private static Map<String, List<String>> edges(String... pairs) {
        Map<String, List<String>> edges = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            edges.put(pairs[i], pairs[i + 1].isEmpty() ? List.of() : List.of(pairs[i + 1].split(",")));
        }
        return edges;
    }
}
