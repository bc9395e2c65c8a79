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
        RoadmapProgress.Tally all = progress.tally(n -> true);
        Map<String, Integer> counts = new LinkedHashMap<>();
        all.counts().forEach((s, n) -> counts.put(s.code(), n));
        List<Part> stages = progress.roadmap().nodes().stream()
                .filter(n -> n.parentId() == null || n.kind() == NodeKind.AREA)
                .map(n -> part(n.id(), n, progress.tallyUnder(n.id())))
                .toList();
        List<Part> tracks = progress.roadmap().tracks().stream()
                .map(t -> part(t.id(), null, progress.tallyInTrack(t.id())))
                .toList();
        return new ProgressSummary(all.percent(), counts, all.total(), stages, tracks);
    }

    private static Part part(String id, Node node, RoadmapProgress.Tally tally) {
        return new Part(id, node, tally.percent(), tally.complete(), tally.total());
    }
}
