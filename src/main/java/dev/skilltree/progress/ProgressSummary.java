package dev.skilltree.progress;

import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.NodeKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures a dashboard and the API show for one learner on one roadmap. */
public record ProgressSummary(
        double percent, Map<String, Integer> counts, int total, List<Part> stages, List<Part> tracks) {

    /** A stage, area or track with its own percentage. */
    public record Part(String id, Node node, double percent, int complete, int total) {}

    public static ProgressSummary of(RoadmapProgress progress) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        progress.counts(n -> true).forEach((s, n) -> counts.put(s.code(), n));
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<Part> stages = progress.roadmap().nodes().stream()
                .filter(n -> n.parentId() == null || n.kind() == NodeKind.AREA)
                .map(n -> part(progress, n.id(), n, m -> progress.under(m, n.id())))
                .toList();
        List<Part> tracks = progress.roadmap().tracks().stream()
                .map(t -> part(progress, t.id(), null, m -> progress.inTrack(m, t.id())))
                .toList();
        return new ProgressSummary(progress.percent(n -> true), counts, total, stages, tracks);
    }

    private static Part part(
            RoadmapProgress progress, String id, Node node, java.util.function.Predicate<Node> filter) {
        Map<Status, Integer> counts = progress.counts(filter);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        int complete = counts.get(Status.DONE) + counts.get(Status.SKIPPED);
        return new Part(id, node, progress.percent(filter), complete, total);
    }
}
