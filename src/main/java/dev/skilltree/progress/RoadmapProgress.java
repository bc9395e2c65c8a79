package dev.skilltree.progress;

import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.NodeKind;
import dev.skilltree.roadmap.Roadmap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A learner's statuses laid over a roadmap. The roadmap's {@link Roadmap#topics() topics} (nodes without children)
 * are the units that are counted: a topic takes its own status, or else that of its nearest ancestor marked done or
 * skipped, or else learning when an ancestor is being learned; so marking a group done covers its topics, and
 * marking it learning puts them in progress. A node with children shows its own status when set, otherwise one
 * derived from its topics.
 */
public final class RoadmapProgress {

    private final Roadmap roadmap;
    private final Map<String, Status> own;
    private final Map<String, List<Node>> children;
    private final Map<String, Node> byId = new HashMap<>();
    private final Map<String, Status> effective = new HashMap<>();
    private final Set<String> topics = new java.util.HashSet<>();
    private final Map<String, int[]> belowNode = new HashMap<>();
    private final Map<String, int[]> inTrack = new HashMap<>();

    public RoadmapProgress(Roadmap roadmap, Map<String, Status> statuses) {
        this.roadmap = roadmap;
        this.own = Map.copyOf(statuses);
        this.children = roadmap.children();
        roadmap.nodes().forEach(n -> byId.put(n.id(), n));
        roadmap.topics().forEach(n -> topics.add(n.id()));
        for (Node top : children.getOrDefault(null, List.of())) {
            resolve(top, null);
        }
        countTopics();
    }

    /**
     * Counts each topic, by the status shown for it, once for every node of its lineage and every track on it, so
     * that a stage's or a track's tally is a lookup (a dashboard shows dozens of them).
     */
    private void countTopics() {
        for (Node node : roadmap.nodes()) {
            if (!isTopic(node)) {
                continue;
            }
            int status = status(node.id()).ordinal();
            Set<String> tracks = new java.util.HashSet<>();
            for (Node n : lineage(node)) {
                belowNode.computeIfAbsent(n.id(), k -> new int[Status.values().length])[status]++;
                tracks.addAll(n.tracks());
            }
            for (String track : tracks) {
                inTrack.computeIfAbsent(track, k -> new int[Status.values().length])[status]++;
            }
        }
    }

    private static Tally tally(int[] counted) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, counted == null ? 0 : counted[s.ordinal()]);
        }
        return new Tally(counts);
    }

    private Status resolve(Node node, Status inherited) {
        Status mine = own.getOrDefault(node.id(), Status.TODO);
        List<Node> kids = children.getOrDefault(node.id(), List.of());
        if (kids.isEmpty()) {
            Status status = mine == Status.TODO && inherited != null ? inherited : mine;
            effective.put(node.id(), status);
            return status;
        }
        Status passDown = mine.complete() || (mine == Status.LEARNING && inherited == null) ? mine : inherited;
        boolean allComplete = true;
        boolean anyStarted = false;
        for (Node kid : kids) {
            Status s = resolve(kid, passDown);
            allComplete &= s.complete();
            anyStarted |= s != Status.TODO;
        }
        Status derived = allComplete ? Status.DONE : anyStarted ? Status.LEARNING : Status.TODO;
        effective.put(node.id(), mine != Status.TODO ? mine : derived);
        return effective.get(node.id());
    }

    public Roadmap roadmap() {
        return roadmap;
    }

    public java.util.Optional<Node> node(String nodeId) {
        return java.util.Optional.ofNullable(byId.get(nodeId));
    }

    /** The status to show for a node. */
    public Status status(String nodeId) {
        return effective.getOrDefault(nodeId, Status.TODO);
    }

    /** The statuses the learner set, by node id; everything shown is derived from these and the roadmap. */
    Map<String, Status> own() {
        return own;
    }

    /** The status the learner set on the node itself. */
    public Status own(String nodeId) {
        return own.getOrDefault(nodeId, Status.TODO);
    }

    /** Topics counted by status. */
    public record Tally(Map<Status, Integer> counts) {

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int complete() {
            return counts.get(Status.DONE) + counts.get(Status.SKIPPED);
        }

        /** Done + skipped over all, 0–100 floored to 0.1. */
        public double percent() {
            return total() == 0 ? 0 : Math.floor(1000.0 * complete() / total()) / 10;
        }
    }

    public double percent(Predicate<Node> filter) {
        return tally(filter).percent();
    }

    /** The topics that pass {@code filter}, counted by the status shown for them. */
    public Tally tally(Predicate<Node> filter) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        for (Node node : roadmap.nodes()) {
            if (isTopic(node) && filter.test(node)) {
                counts.merge(status(node.id()), 1, Integer::sum);
            }
        }
        return new Tally(counts);
    }

    /** The topics at or below the node, counted by the status shown for them. */
    public Tally tallyUnder(String nodeId) {
        return tally(belowNode.get(nodeId));
    }

    /** The topics in the track (on it, or below a node on it), counted by the status shown for them. */
    public Tally tallyInTrack(String trackId) {
        return tally(inTrack.get(trackId));
    }

    /** The node, then its parent, and so on up to the top level. */
    public List<Node> lineage(Node node) {
        List<Node> lineage = new ArrayList<>();
        for (Node n = node; n != null; n = n.parentId() == null ? null : byId.get(n.parentId())) {
            lineage.add(n);
        }
        return lineage;
    }

    /** Whether the node, or one of its ancestors, belongs to the track (or the track is null). */
    public boolean inTrack(Node node, String trackId) {
        return trackId == null
                || lineage(node).stream().anyMatch(n -> n.tracks().contains(trackId));
    }

    /** Whether the node is {@code ancestorId} or lies below it. */
    public boolean under(Node node, String ancestorId) {
        return lineage(node).stream().anyMatch(n -> n.id().equals(ancestorId));
    }

    /** Whether the node is one of the units counted: a topic, not a group of them. */
    public boolean isTopic(Node node) {
        return topics.contains(node.id());
    }

    /**
     * What to learn next: the leaf topics (and projects and tests) not yet complete whose prerequisites, and their
     * ancestors' prerequisites, are all complete. The ones already being learned come first, then the rest in the
     * roadmap's order. Areas never appear as a whole: their leaves do, each with its own estimate.
     */
    public List<Node> nextUp(String trackId, int limit) {
        Set<NodeKind> groups = Set.of(NodeKind.STAGE, NodeKind.AREA);
        List<Node> learning = new ArrayList<>();
        List<Node> ready = new ArrayList<>();
        for (Node node : roadmap.nodes()) {
            if (!isTopic(node)
                    || groups.contains(node.kind())
                    || status(node.id()).complete()
                    || !inTrack(node, trackId)) {
                continue;
            }
            boolean unlocked = lineage(node).stream()
                    .flatMap(n -> n.prerequisites().stream())
                    .allMatch(p -> status(p).complete());
            if (unlocked) {
                (status(node.id()) == Status.LEARNING ? learning : ready).add(node);
            }
        }
        learning.addAll(ready);
        return learning.subList(0, Math.min(limit, learning.size()));
    }

    /**
     * The nodes the learner is learning, as they marked them: each node marked learning that has a topic (itself or
     * one below it) counted as learning, without the ones inside another such node.
     */
    public List<Node> inProgress() {
        List<Node> shown = new ArrayList<>();
        for (Node node : roadmap.nodes()) {
            boolean marked = own(node.id()) == Status.LEARNING;
            boolean inside = lineage(node).stream().skip(1).anyMatch(a -> own(a.id()) == Status.LEARNING);
            if (marked && !inside && tallyUnder(node.id()).counts().get(Status.LEARNING) > 0) {
                shown.add(node);
            }
        }
        return shown;
    }

    /** Node ids with progress that the current version of the roadmap no longer has. */
    public List<String> fromEarlierVersion() {
        return own.keySet().stream()
                .filter(id -> !byId.containsKey(id))
                .sorted()
                .toList();
    }
}
