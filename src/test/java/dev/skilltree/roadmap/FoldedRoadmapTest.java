package dev.skilltree.roadmap;

import static dev.skilltree.roadmap.Nodes.node;
import static dev.skilltree.roadmap.Nodes.roadmap;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FoldedRoadmapTest {

    @Test
    void makesStagesAndTopLevelParentsGroupsAndTopLevelLeavesBoxes() {
        FoldedRoadmap folded = FoldedRoadmap.of(roadmap(
                node("empty-stage", NodeKind.STAGE, null),
                node("area", NodeKind.AREA, null),
                node("area-topic", NodeKind.TOPIC, "area"),
                node("leaf", NodeKind.TOPIC, null)));

        assertThat(folded.tops()).extracting(Node::id).containsExactly("empty-stage", "area", "leaf");
        assertThat(folded.groups()).containsExactlyInAnyOrder("empty-stage", "area");
        assertThat(boxIds(folded))
                .containsExactly(
                        Map.entry("empty-stage", List.of()),
                        Map.entry("area", List.of("area-topic")),
                        Map.entry("leaf", List.of("leaf")));
    }

    @Test
    void showsNodesDownToDepthThreeUnlessABoxKindIsAbove() {
        FoldedRoadmap folded = FoldedRoadmap.of(roadmap(
                node("s", NodeKind.STAGE, null),
                node("sub2", NodeKind.SUBTOPIC, "s"),
                node("sub3", NodeKind.SUBTOPIC, "sub2"),
                node("sub4", NodeKind.SUBTOPIC, "sub3"),
                node("topic", NodeKind.TOPIC, "s"),
                node("topic-sub", NodeKind.SUBTOPIC, "topic"),
                node("deep-project", NodeKind.PROJECT, "topic-sub")));

        assertThat(boxIds(folded).get("s")).containsExactly("sub2", "sub3", "topic", "deep-project");
    }

    @Test
    void liftsPrerequisitesToTheBoxesThatShowThemOnceEach() {
        FoldedRoadmap folded = FoldedRoadmap.of(roadmap(
                node("s", NodeKind.STAGE, null),
                node("a", NodeKind.TOPIC, "s"),
                node("a-x", NodeKind.SUBTOPIC, "a"),
                node("a-y", NodeKind.SUBTOPIC, "a"),
                node("b", NodeKind.TOPIC, "s"),
                node("b-x", NodeKind.SUBTOPIC, "b", "a-x", "a-y"),
                node("b-y", NodeKind.SUBTOPIC, "b", "a-y", "b-x")));

        assertThat(folded.links()).containsExactly(new FoldedRoadmap.Link("a", "b"));
    }

    @Test
    void drawsNoLinkToAWholeStage() {
        FoldedRoadmap folded = FoldedRoadmap.of(roadmap(
                node("one", NodeKind.STAGE, null),
                node("one-topic", NodeKind.TOPIC, "one"),
                node("two", NodeKind.STAGE, null, "one"),
                node("two-topic", NodeKind.TOPIC, "two", "one", "one-topic")));

        assertThat(folded.links()).containsExactly(new FoldedRoadmap.Link("one-topic", "two-topic"));
    }

    @Test
    void keepsOnlyLinksThatNoLongerPathImplies() {
        FoldedRoadmap folded = FoldedRoadmap.of(roadmap(
                node("s", NodeKind.STAGE, null),
                node("a", NodeKind.TOPIC, "s"),
                node("b", NodeKind.TOPIC, "s", "a"),
                node("c", NodeKind.TOPIC, "s", "b"),
                node("d", NodeKind.TOPIC, "s", "a", "c", "b")));

        assertThat(folded.links()).extracting(l -> l.from() + "→" + l.to()).containsExactly("a→b", "b→c", "c→d");
    }

    private static Map<String, List<String>> boxIds(FoldedRoadmap folded) {
        Map<String, List<String>> ids = new java.util.LinkedHashMap<>();
        folded.boxes()
                .forEach((top, boxes) ->
                        ids.put(top, boxes.stream().map(Node::id).toList()));
        return ids;
    }
}
