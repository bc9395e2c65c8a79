package dev.skilltree.progress;

import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.Resource;
import dev.skilltree.roadmap.ResourceKind;
import dev.skilltree.roadmap.Roadmap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The topic page: the node, its neighbours with their statuses, its resources and the learner's note. */
public record NodeView(
        Roadmap roadmap,
        Node node,
        Status status,
        Status own,
        List<Node> path,
        List<Linked> children,
        List<Linked> prerequisites,
        List<Linked> dependents,
        Map<ResourceKind, List<Resource>> resources,
        String descriptionHtml,
        String note,
        String noteHtml,
        boolean signedIn) {

    /** A neighbouring node and the learner's status on it. */
    public record Linked(Node node, Status status) {}

    static NodeView of(RoadmapProgress progress, Node node, String lang, String note, boolean signedIn) {
        Roadmap roadmap = progress.roadmap();
        List<Node> lineage = progress.lineage(node);
        List<Node> path = lineage.subList(1, lineage.size()).reversed();
        var children = roadmap.children().getOrDefault(node.id(), List.of()).stream()
                .map(n -> new Linked(n, progress.status(n.id())))
                .toList();
        var prerequisites = node.prerequisites().stream()
                .map(id -> new Linked(progress.node(id).orElseThrow(), progress.status(id)))
                .toList();
        var dependents = roadmap.nodes().stream()
                .filter(n -> n.prerequisites().contains(node.id()))
                .map(n -> new Linked(n, progress.status(n.id())))
                .toList();
        Map<ResourceKind, List<Resource>> resources = new EnumMap<>(ResourceKind.class);
        node.resources().forEach(r -> resources
                .computeIfAbsent(r.kind(), k -> new ArrayList<>())
                .add(r));
        return new NodeView(
                roadmap,
                node,
                progress.status(node.id()),
                progress.own(node.id()),
                path,
                children,
                prerequisites,
                dependents,
                resources,
                dev.skilltree.web.Markdown.toSafeHtml(node.description().in(lang)),
                note,
                dev.skilltree.web.Markdown.toSafeHtml(note),
                signedIn);
    }
}
