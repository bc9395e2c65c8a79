package dev.skilltree.roadmap;

import static dev.skilltree.roadmap.Nodes.node;
import static dev.skilltree.roadmap.Nodes.roadmap;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphAreasTest {

    /** Stage one holds area a (topic t with a subtopic) and topic b; stage two holds topic c. */
    private static final GraphAreas AREAS = GraphAreas.of(roadmap(
            node("one", NodeKind.STAGE, null),
            node("a", NodeKind.AREA, "one"),
            node("t", NodeKind.TOPIC, "a"),
            node("t-detail", NodeKind.SUBTOPIC, "t"),
            node("b", NodeKind.TOPIC, "one"),
            node("two", NodeKind.STAGE, null),
            node("c", NodeKind.TOPIC, "two", "t")));

    @Test
    void anAreaIsABoxOfAStageThatHoldsOtherBoxes() {
        assertThat(AREAS.areas()).containsExactly("a");
    }

    @Test
    void saysWhichBoxShowsANodeAndWhichAreaHoldsIt() {
        assertThat(AREAS.boxOf("t-detail")).isEqualTo("t");
        assertThat(AREAS.areaOf("t-detail")).isEqualTo("a");
        assertThat(AREAS.areaOf("t")).isEqualTo("a");
        assertThat(AREAS.areaOf("b")).as("a box in no area").isNull();
        assertThat(AREAS.boxOf("one")).as("a stage is a group, not a box").isNull();
        assertThat(AREAS.boxOf("nowhere")).isNull();
    }

    @Test
    void laysTheGraphOutWithTheAreasAskedOpenIgnoringOthers() {
        RoadmapGraph closed = AREAS.layout(Set.of());
        RoadmapGraph open = AREAS.layout(Set.of("a", "b", "unknown"));

        assertThat(closed.boxes()).extracting(RoadmapGraph.Box::id).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(closed.frames()).isEmpty();
        assertThat(open.boxes()).extracting(RoadmapGraph.Box::id).containsExactlyInAnyOrder("t", "b", "c");
        assertThat(open.frames()).extracting(RoadmapGraph.Frame::id).containsExactly("a");
    }
}
