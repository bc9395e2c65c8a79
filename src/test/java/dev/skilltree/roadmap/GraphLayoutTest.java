package dev.skilltree.roadmap;

import static dev.skilltree.roadmap.Nodes.node;
import static dev.skilltree.roadmap.Nodes.roadmap;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.roadmap.RoadmapGraph.Point;
import java.util.List;
import java.util.Set;
import org.eclipse.elk.graph.ElkNode;
import org.junit.jupiter.api.Test;

class GraphLayoutTest {

    /**
     * Stage one holds area a (t1, t2, and t3 which needs t1); stage two holds u (needs t1 and t2) and w (needs u
     * and t3), and a topic whose title takes several lines.
     */
    private static final Roadmap ROADMAP = roadmap(
            node("one", NodeKind.STAGE, null),
            node("a", NodeKind.AREA, "one"),
            node("t1", NodeKind.TOPIC, "a"),
            node("t2", NodeKind.TOPIC, "a"),
            node("t3", NodeKind.TOPIC, "a", "t1"),
            node("two", NodeKind.STAGE, null),
            node("u", NodeKind.TOPIC, "two", "t1", "t2"),
            node("w", NodeKind.TOPIC, "two", "u", "t3"),
            new Node(
                    "long",
                    NodeKind.TOPIC,
                    "two",
                    new Text(
                            "一个标题很长很长的主题，需要在方框里换好几行才能写完",
                            "A topic whose title is long enough to need several lines in its box"),
                    Text.EMPTY,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    List.of()));

    @Test
    void aClosedAreaIsOneBoxAndItsLinksAreCountedOnOneEdgePerPair() {
        GraphLayout layout = laidOut(Set.of());

        assertThat(layout.headers).containsOnlyKeys("one", "two");
        assertThat(layout.shapes).containsOnlyKeys("a", "u", "w", "long");
        assertThat(layout.shown("t1")).isEqualTo("a");
        assertThat(layout.edges.values())
                .containsExactlyInAnyOrder(
                        new RoadmapGraph.Link("a", "u", 2, false), new RoadmapGraph.Link("u", "w", 1, false));
    }

    @Test
    void anEdgeThatAPathThroughOtherBoxesAlreadyShowsIsLeftOut() {
        GraphLayout layout = laidOut(Set.of());

        assertThat(layout.edges.values())
                .as("t3 → w runs from a to w, which a → u → w already connects")
                .noneMatch(link -> link.from().equals("a") && link.to().equals("w"));
    }

    @Test
    void anOpenAreaHoldsItsTopicsWithTheLinksBetweenThem() {
        GraphLayout layout = laidOut(Set.of("a"));

        assertThat(layout.shown("t1")).isEqualTo("t1");
        assertThat(layout.shapes).containsKeys("a", "t1", "t2", "t3");
        assertThat(layout.shapes.get("t1").getParent()).isSameAs(layout.shapes.get("a"));
        assertThat(layout.edges.values())
                .contains(new RoadmapGraph.Link("t1", "t3", 1, true), new RoadmapGraph.Link("a", "u", 2, false));
        ElkNode area = layout.shapes.get("a");
        ElkNode t3 = layout.shapes.get("t3");
        assertThat(t3.getX() + t3.getWidth()).as("inside the area's frame").isLessThanOrEqualTo(area.getWidth());
        assertThat(t3.getY() + t3.getHeight()).isLessThanOrEqualTo(area.getHeight());
    }

    @Test
    void aStageIsDrawnBelowTheStageBeforeIt() {
        GraphLayout layout = laidOut(Set.of());

        double areaBottom = GraphLayout.absolute(layout.shapes.get("a")).y()
                + layout.shapes.get("a").getHeight();
        assertThat(GraphLayout.absolute(layout.headers.get("two")).y()).isGreaterThanOrEqualTo(areaBottom);
        assertThat(GraphLayout.absolute(layout.shapes.get("u")).y())
                .isGreaterThan(GraphLayout.absolute(layout.headers.get("two")).y());
    }

    @Test
    void aBoxIsAsWideAsItsTitleWithinBoundsAndALongTitleMakesItTaller() {
        GraphLayout layout = laidOut(Set.of());

        ElkNode shortTitle = layout.shapes.get("u");
        ElkNode longTitle = layout.shapes.get("long");
        assertThat(shortTitle.getWidth()).isEqualTo(GraphLayout.MIN_BOX_WIDTH);
        assertThat(longTitle.getWidth()).isEqualTo(GraphLayout.MAX_BOX_WIDTH);
        assertThat(longTitle.getHeight()).isGreaterThan(shortTitle.getHeight());
        assertThat(layout.shapes.get("a").getHeight())
                .as("a closed area has a line more, for its progress")
                .isGreaterThan(shortTitle.getHeight());
    }

    @Test
    void theMiddleOfARouteIsHalfwayAlongIt() {
        List<Point> route = List.of(new Point(0, 0), new Point(0, 10), new Point(30, 10));

        assertThat(GraphLayout.middle(route)).isEqualTo(new Point(10, 10));
        assertThat(GraphLayout.middle(List.of(new Point(5, 5)))).isEqualTo(new Point(5, 5));
    }

    private static GraphLayout laidOut(Set<String> open) {
        GraphLayout layout = new GraphLayout(FoldedRoadmap.of(ROADMAP), open);
        layout.run();
        return layout;
    }
}
