package dev.skilltree.roadmap;

import java.util.List;

/**
 * One topic of a roadmap. {@code parentId} is null for top-level nodes; siblings keep the order in which
 * they appear in {@link Roadmap#nodes()}. Estimate and difficulty are optional.
 */
public record Node(
        String id,
        NodeKind kind,
        String parentId,
        Text title,
        Text description,
        Estimate estimate,
        Difficulty difficulty,
        List<String> tracks,
        List<String> prerequisites,
        List<Resource> resources) {

    public Node {
        tracks = List.copyOf(tracks);
        prerequisites = List.copyOf(prerequisites);
        resources = List.copyOf(resources);
    }
}
