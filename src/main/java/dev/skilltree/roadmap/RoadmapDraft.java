package dev.skilltree.roadmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A roadmap as read from its source, before validation: nodes keep where they were written so that every
 * problem can name its line. {@link #build()} turns it into a {@link Roadmap} or throws with every problem.
 */
final class RoadmapDraft {

    /** A reference to another node or track, kept with the line it was written on. */
    record Ref(String id, Location location) {}

    static final class DraftNode {
        String id;
        NodeKind kind;
        DraftNode parent;
        String primaryTitle = "";
        String secondaryTitle = "";
        String primaryDescription = "";
        String secondaryDescription = "";
        Estimate estimate;
        Difficulty difficulty;
        final List<Ref> tracks = new ArrayList<>();
        final List<Ref> needs = new ArrayList<>();
        final List<Resource> resources = new ArrayList<>();
        final Location location;
        final int depth;

        DraftNode(Location location, int depth, DraftNode parent) {
            this.location = location;
            this.depth = depth;
            this.parent = parent;
        }
    }

    static final class DraftTrack {
        String id;
        String primaryTitle = "";
        String secondaryTitle = "";
        String primaryDescription = "";
        String secondaryDescription = "";
        final Location location;

        DraftTrack(Location location) {
            this.location = location;
        }
    }

    static final int MAX_TITLE = 1000;

    String id;
    String locale = "zh";
    String primaryTitle = "";
    String secondaryTitle = "";
    String primarySummary = "";
    String secondarySummary = "";
    int version = 1;
    Location titleLocation;
    final List<DraftNode> nodes = new ArrayList<>();
    final List<DraftTrack> tracks = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    private final String sourceName;

    RoadmapDraft(String sourceName) {
        this.sourceName = sourceName;
    }

    void problem(Location location, String message) {
        problems.add(new Problem(location, message));
    }

    DraftNode addNode(Location location, int depth, DraftNode parent) {
        DraftNode node = new DraftNode(location, depth, parent);
        nodes.add(node);
        return node;
    }

    Roadmap build() {
        List<Problem> all = new ArrayList<>(problems);
        Location top = titleLocation != null ? titleLocation : new Location(sourceName, 1);
        if (nodes.isEmpty() && all.isEmpty()) {
            all.add(new Problem(top, "the document has no headings, so there are no topics to import"));
        }
        if (id == null && all.isEmpty()) {
            all.add(new Problem(top, "the roadmap has no id; write it as {#my-roadmap} after the title"));
        }
        Map<String, DraftNode> byId = indexNodes(all);
        Map<String, DraftTrack> tracksById = indexTracks(all);
        for (DraftNode node : nodes) {
            if (Math.max(node.primaryTitle.length(), node.secondaryTitle.length()) > MAX_TITLE) {
                all.add(new Problem(
                        node.location,
                        "the title is longer than " + MAX_TITLE + " characters; put the rest in the description"));
            }
            for (Ref ref : node.needs) {
                if (!byId.containsKey(ref.id())) {
                    all.add(new Problem(
                            ref.location(),
                            "node '" + node.id + "' needs '" + ref.id() + "', but no node has that id"));
                } else if (ref.id().equals(node.id)) {
                    all.add(new Problem(ref.location(), "node '" + node.id + "' names itself as a prerequisite"));
                }
            }
            for (Ref ref : node.tracks) {
                if (!tracksById.containsKey(ref.id())) {
                    all.add(new Problem(
                            ref.location(),
                            "node '" + node.id + "' names track '" + ref.id() + "', but no track has that id"));
                }
            }
        }
        if (all.isEmpty()) {
            findCycle(byId).ifPresent(all::add);
        }
        if (!all.isEmpty()) {
            List<String> sources =
                    all.stream().map(p -> p.location().source()).distinct().toList();
            all.sort(Comparator.comparing(
                            (Problem p) -> sources.indexOf(p.location().source()))
                    .thenComparing(p -> p.location().line()));
            throw InvalidRoadmap.of(all);
        }
        return toRoadmap();
    }

    private Map<String, DraftNode> indexNodes(List<Problem> all) {
        Map<String, DraftNode> byId = new HashMap<>();
        for (DraftNode node : nodes) {
            if (node.id == null) {
                continue;
            }
            DraftNode earlier = byId.putIfAbsent(node.id, node);
            if (earlier != null) {
                all.add(new Problem(
                        node.location,
                        "the id '" + node.id + "' is already used on line " + earlier.location.line()
                                + (earlier.location.source().equals(node.location.source())
                                        ? ""
                                        : " of " + earlier.location.source())));
            }
        }
        return byId;
    }

    private Map<String, DraftTrack> indexTracks(List<Problem> all) {
        Map<String, DraftTrack> byId = new HashMap<>();
        for (DraftTrack track : tracks) {
            if (track.id != null && byId.putIfAbsent(track.id, track) != null) {
                all.add(new Problem(
                        track.location,
                        "the track id '" + track.id + "' is already used on line "
                                + byId.get(track.id).location.line()));
            }
        }
        return byId;
    }

    private Optional<Problem> findCycle(Map<String, DraftNode> byId) {
        Map<String, List<String>> edges = new LinkedHashMap<>();
        for (DraftNode node : nodes) {
            edges.put(node.id, node.needs.stream().map(Ref::id).toList());
        }
        return PrerequisiteCycles.find(edges)
                .map(cycle -> new Problem(
                        byId.get(cycle.getFirst()).location,
                        "prerequisites form a cycle: " + String.join(" → ", cycle)));
    }

    private Roadmap toRoadmap() {
        List<Track> builtTracks = tracks.stream()
                .map(t -> new Track(
                        t.id,
                        Text.of(locale, t.primaryTitle, t.secondaryTitle),
                        Text.of(locale, t.primaryDescription, t.secondaryDescription)))
                .toList();
        List<Node> builtNodes = nodes.stream()
                .map(n -> new Node(
                        n.id,
                        n.kind != null ? n.kind : NodeKind.byDepth(n.depth),
                        n.parent == null ? null : n.parent.id,
                        Text.of(locale, n.primaryTitle, n.secondaryTitle),
                        Text.of(locale, n.primaryDescription, n.secondaryDescription),
                        n.estimate,
                        n.difficulty,
                        n.tracks.stream().map(Ref::id).toList(),
                        n.needs.stream().map(Ref::id).toList(),
                        n.resources))
                .toList();
        return new Roadmap(
                id,
                Text.of(locale, primaryTitle, secondaryTitle),
                locale,
                Text.of(locale, primarySummary, secondarySummary),
                version,
                builtTracks,
                builtNodes);
    }
}
