package dev.skilltree.roadmap;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A roadmap: its tracks and its nodes in document order (each parent before its children). The constructor
 * holds the graph's invariants: unique ids, known parents, tracks and prerequisites, and no prerequisite cycle.
 */
public record Roadmap(
        String id, Text title, String locale, Text summary, int version, List<Track> tracks, List<Node> nodes) {

    public Roadmap {
        tracks = List.copyOf(tracks);
        nodes = List.copyOf(nodes);
        if (!Ids.isValid(id)) {
            throw new IllegalArgumentException("invalid roadmap id: " + id);
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be positive: " + version);
        }
        Set<String> trackIds = new HashSet<>();
        for (Track track : tracks) {
            require(trackIds.add(track.id()), "duplicate track id " + track.id());
        }
        Set<String> seen = new HashSet<>();
        for (Node node : nodes) {
            require(
                    node.parentId() == null || seen.contains(node.parentId()),
                    "node " + node.id() + " comes before its parent");
            require(seen.add(node.id()), "duplicate node id " + node.id());
            node.tracks()
                    .forEach(t -> require(trackIds.contains(t), "node " + node.id() + " names unknown track " + t));
        }
        for (Node node : nodes) {
            node.prerequisites()
                    .forEach(p -> require(seen.contains(p), "node " + node.id() + " needs unknown node " + p));
        }
        PrerequisiteCycles.find(nodes).ifPresent(cycle -> {
            throw new IllegalArgumentException("prerequisite cycle " + String.join(" → ", cycle));
        });
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    public Optional<Node> node(String nodeId) {
        return nodes.stream().filter(n -> n.id().equals(nodeId)).findFirst();
    }

    /** Children of each node id ({@code null} for the top level), in order. */
    public Map<String, List<Node>> children() {
        Map<String, List<Node>> children = new HashMap<>();
        for (Node node : nodes) {
            children.computeIfAbsent(node.parentId(), k -> new java.util.ArrayList<>())
                    .add(node);
        }
        return children;
    }

    /**
     * The topics that progress is counted over, everywhere a count or a percentage is shown: the nodes without
     * children, in document order. A node with children is a group of topics, complete when they all are.
     */
    public List<Node> topics() {
        Set<String> parents = new HashSet<>();
        nodes.forEach(n -> {
            if (n.parentId() != null) {
                parents.add(n.parentId());
            }
        });
        return nodes.stream().filter(n -> !parents.contains(n.id())).toList();
    }
}
