package dev.skilltree.progress;

import dev.skilltree.roadmap.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A row of the roadmap outline with its visible children, after the track filter and the search. */
public record OutlineItem(Node node, Status status, boolean match, List<OutlineItem> children) {

    static List<OutlineItem> build(RoadmapProgress progress, String track, String query) {
        Map<String, List<Node>> children = progress.roadmap().children();
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<OutlineItem> top = new ArrayList<>();
        for (Node node : children.getOrDefault(null, List.of())) {
            item(node, children, progress, track, q).ifPresent(top::add);
        }
        return top;
    }

    private static java.util.Optional<OutlineItem> item(
            Node node, Map<String, List<Node>> children, RoadmapProgress progress, String track, String q) {
        List<OutlineItem> kids = new ArrayList<>();
        for (Node child : children.getOrDefault(node.id(), List.of())) {
            item(child, children, progress, track, q).ifPresent(kids::add);
        }
        boolean match = progress.inTrack(node, track) && matches(node, q);
        if (!match && kids.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new OutlineItem(node, progress.status(node.id()), match, kids));
    }

    static boolean matches(Node node, String q) {
        return q.isEmpty()
                || node.title().zh().toLowerCase(Locale.ROOT).contains(q)
                || node.title().en().toLowerCase(Locale.ROOT).contains(q)
                || node.id().contains(q);
    }
}
