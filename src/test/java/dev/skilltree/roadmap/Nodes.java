package dev.skilltree.roadmap;

import java.util.List;

/** Small graphs for unit tests: nodes titled after their id, without descriptions or resources. */
final class Nodes {

    private Nodes() {}

    static Node node(String id, NodeKind kind, String parentId, String... needs) {
        return new Node(
                id, kind, parentId, new Text(id, ""), Text.EMPTY, null, null, List.of(), List.of(needs), List.of());
    }

    static Roadmap roadmap(Node... nodes) {
        return new Roadmap("test", new Text("测试", "Test"), "zh", Text.EMPTY, 1, List.of(), List.of(nodes));
    }
}
