package dev.skilltree.roadmap;

import static dev.skilltree.roadmap.Nodes.node;
import static dev.skilltree.roadmap.Nodes.roadmap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoadmapTest {

    private static final Track BACKEND = new Track("backend", new Text("后端", "Backend"), Text.EMPTY);

    @Test
    void findsNodesAndListsChildrenInDocumentOrder() {
        Roadmap roadmap = roadmap(
                node("s", NodeKind.STAGE, null),
                node("b", NodeKind.TOPIC, "s"),
                node("a", NodeKind.TOPIC, "s", "b"),
                node("t", NodeKind.STAGE, null));

        assertThat(roadmap.node("a"))
                .hasValueSatisfying(n -> assertThat(n.prerequisites()).containsExactly("b"));
        assertThat(roadmap.node("nope")).isEmpty();
        assertThat(roadmap.children().get(null)).extracting(Node::id).containsExactly("s", "t");
        assertThat(roadmap.children().get("s")).extracting(Node::id).containsExactly("b", "a");
        assertThat(roadmap.children()).doesNotContainKey("t");
    }

    @Test
    void countsAsTopicsTheNodesWithoutChildrenWhateverTheirKind() {
        Roadmap roadmap = roadmap(
                node("s", NodeKind.STAGE, null),
                node("area", NodeKind.AREA, "s"),
                node("topic", NodeKind.TOPIC, "area"),
                node("sub", NodeKind.SUBTOPIC, "topic"),
                node("lone", NodeKind.TOPIC, "area"),
                node("empty", NodeKind.STAGE, null));

        assertThat(roadmap.topics()).extracting(Node::id).containsExactly("sub", "lone", "empty");
    }

    @Test
    void refusesAnInvalidIdOrVersion() {
        assertThatThrownBy(() -> new Roadmap("Bad Id", Text.EMPTY, "zh", Text.EMPTY, 1, List.of(), List.of()))
                .hasMessage("invalid roadmap id: Bad Id");
        assertThatThrownBy(() -> new Roadmap("ok", Text.EMPTY, "zh", Text.EMPTY, 0, List.of(), List.of()))
                .hasMessage("version must be positive: 0");
    }

    @Test
    void refusesDuplicateIds() {
        assertThatThrownBy(() -> withTracks(List.of(BACKEND, BACKEND))).hasMessage("duplicate track id backend");
        assertThatThrownBy(() -> roadmap(node("a", NodeKind.STAGE, null), node("a", NodeKind.STAGE, null)))
                .hasMessage("duplicate node id a");
    }

    @Test
    void refusesAChildBeforeItsParent() {
        assertThatThrownBy(() -> roadmap(node("child", NodeKind.AREA, "parent"), node("parent", NodeKind.STAGE, null)))
                .hasMessage("node child comes before its parent");
    }

    @Test
    void refusesReferencesToUnknownTracksAndNodes() {
        Node onUnknownTrack = new Node(
                "a",
                NodeKind.STAGE,
                null,
                Text.EMPTY,
                Text.EMPTY,
                null,
                null,
                List.of("frontend"),
                List.of(),
                List.of());

        assertThatThrownBy(() -> withTracks(List.of(BACKEND), onUnknownTrack))
                .hasMessage("node a names unknown track frontend");
        assertThatThrownBy(() -> roadmap(node("a", NodeKind.STAGE, null, "later-removed")))
                .hasMessage("node a needs unknown node later-removed");
    }

    @Test
    void acceptsAPrerequisiteWrittenLaterInTheDocument() {
        Roadmap roadmap = roadmap(node("a", NodeKind.STAGE, null, "b"), node("b", NodeKind.STAGE, null));

        assertThat(roadmap.node("a").orElseThrow().prerequisites()).containsExactly("b");
    }

    @Test
    void refusesAPrerequisiteCycleNamingIt() {
        assertThatThrownBy(() -> roadmap(node("a", NodeKind.STAGE, null, "b"), node("b", NodeKind.STAGE, null, "a")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("prerequisite cycle (a → b → a|b → a → b)");
    }

    private static Roadmap withTracks(List<Track> tracks, Node... nodes) {
        return new Roadmap("t", Text.EMPTY, "zh", Text.EMPTY, 1, tracks, List.of(nodes));
    }
}
