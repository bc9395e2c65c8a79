package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodeKindTest {

    @Test
    void readsBackEveryCodeItWrites() {
        for (NodeKind kind : NodeKind.values()) {
            assertThat(NodeKind.fromCode(kind.code())).contains(kind);
        }
        assertThat(NodeKind.ASSESSMENT.code()).isEqualTo("assessment");
        assertThat(NodeKind.fromCode("chapter")).isEmpty();
        assertThat(NodeKind.fromCode("Topic")).isEmpty();
    }

    @Test
    void givesStagesAreasTopicsAndThenSubtopicsByDepth() {
        assertThat(NodeKind.byDepth(1)).isEqualTo(NodeKind.STAGE);
        assertThat(NodeKind.byDepth(2)).isEqualTo(NodeKind.AREA);
        assertThat(NodeKind.byDepth(3)).isEqualTo(NodeKind.TOPIC);
        assertThat(NodeKind.byDepth(4)).isEqualTo(NodeKind.SUBTOPIC);
        assertThat(NodeKind.byDepth(9)).isEqualTo(NodeKind.SUBTOPIC);
    }
}
