package dev.skilltree.roadmap;

import java.util.Optional;

public enum NodeKind {
    STAGE,
    AREA,
    TOPIC,
    SUBTOPIC,
    PROJECT,
    ASSESSMENT;

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<NodeKind> fromCode(String code) {
        for (NodeKind k : values()) {
            if (k.code().equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The kind a node has when its source does not say: by its depth below the roadmap (1 = top). */
    public static NodeKind byDepth(int depth) {
        return switch (depth) {
            case 1 -> STAGE;
            case 2 -> AREA;
            case 3 -> TOPIC;
            default -> SUBTOPIC;
        };
    }
}
