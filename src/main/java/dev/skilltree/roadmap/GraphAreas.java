package dev.skilltree.roadmap;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The areas of a roadmap's graph: the boxes of a stage that hold other boxes, drawn closed (one box) or open (a
 * frame around their topics). Says which box shows a node and which area holds it, and lays out the graph with
 * a set of areas open.
 */
public final class GraphAreas {

    private final Roadmap roadmap;
    private final FoldedRoadmap folded;
    private final Set<String> areas;

    private GraphAreas(Roadmap roadmap) {
        this.roadmap = roadmap;
        this.folded = FoldedRoadmap.of(roadmap);
        this.areas = Set.copyOf(new LinkedHashSet<>(folded.areaOf().values()));
    }

    public static GraphAreas of(Roadmap roadmap) {
        return new GraphAreas(roadmap);
    }

    public Roadmap roadmap() {
        return roadmap;
    }

    public Set<String> areas() {
        return areas;
    }

    /** The box a node folds into when its area is open; null for a node the graph does not show. */
    public String boxOf(String nodeId) {
        return folded.shownAs().get(nodeId);
    }

    /** The area holding the box that shows a node; null when that box stands in no area. */
    public String areaOf(String nodeId) {
        String box = boxOf(nodeId);
        return box == null ? null : folded.areaOf().get(box);
    }

    /** The graph with these areas open (others are ignored). */
    public RoadmapGraph layout(Set<String> open) {
        Set<String> known = new LinkedHashSet<>(open);
        known.retainAll(areas);
        return RoadmapGraph.layout(roadmap, folded, Set.copyOf(known));
    }
}
