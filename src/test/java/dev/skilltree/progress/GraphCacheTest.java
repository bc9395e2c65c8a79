package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.roadmap.NodeKind;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.RoadmapGraph;
import dev.skilltree.roadmap.Text;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class GraphCacheTest {

    private final GraphCache cache = new GraphCache();

    private static Roadmap roadmap(String id, int version, String... topics) {
        return new Roadmap(
                id,
                new Text(id, id),
                "en",
                Text.EMPTY,
                version,
                List.of(),
                java.util.Arrays.stream(topics)
                        .map(t -> ProgressFixtures.node(t, NodeKind.TOPIC, null, t, t))
                        .toList());
    }

    private static String svg(RoadmapGraph graph) {
        return graph.svg("en", id -> "todo", id -> "#" + id, Function.identity());
    }

    @Test
    void laysOutARoadmapOnceAndReusesTheLayout() {
        Roadmap roadmap = roadmap("python", 1, "loops", "types");

        RoadmapGraph first = cache.graph(roadmap);

        assertThat(cache.graph(roadmap)).isSameAs(first);
        assertThat(svg(first)).contains("loops", "types");
    }

    @Test
    void laysOutAgainWhenTheRoadmapIsReplaced() {
        RoadmapGraph before = cache.graph(roadmap("python", 1, "loops"));

        RoadmapGraph after = cache.graph(roadmap("python", 2, "loops", "generators"));

        assertThat(after).isNotSameAs(before);
        assertThat(svg(after)).contains("generators");
        assertThat(svg(before)).doesNotContain("generators");
    }

    @Test
    void keepsOneLayoutPerRoadmap() {
        Roadmap python = roadmap("python", 1, "loops");
        Roadmap rust = roadmap("rust", 1, "ownership");
        RoadmapGraph pythonGraph = cache.graph(python);

        RoadmapGraph rustGraph = cache.graph(rust);

        assertThat(cache.graph(python)).isSameAs(pythonGraph);
        assertThat(svg(rustGraph)).contains("ownership").doesNotContain("loops");
    }

    @Test
    void keepsALayoutPerSetOfOpenAreasAndIgnoresAreasTheRoadmapDoesNotHave() {
        Roadmap roadmap = new Roadmap(
                "python",
                new Text("python", "python"),
                "en",
                Text.EMPTY,
                1,
                List.of(),
                List.of(
                        ProgressFixtures.node("stage", NodeKind.STAGE, null, "Stage", "Stage"),
                        ProgressFixtures.node("basics", NodeKind.AREA, "stage", "Basics", "Basics"),
                        ProgressFixtures.node("loops", NodeKind.TOPIC, "basics", "Loops", "Loops")));

        RoadmapGraph closed = cache.graph(roadmap, java.util.Set.of());
        RoadmapGraph open = cache.graph(roadmap, java.util.Set.of("basics", "<script>"));

        assertThat(cache.areas(roadmap).areas()).containsExactly("basics");
        assertThat(cache.graph(roadmap, java.util.Set.of("basics"))).isSameAs(open);
        assertThat(cache.graph(roadmap, java.util.Set.of("nothing"))).isSameAs(closed);
        assertThat(svg(closed)).contains("area-link").doesNotContain("data-node=\"loops\"");
        assertThat(svg(open)).contains("data-node=\"loops\"", "area-frame");
    }
}
