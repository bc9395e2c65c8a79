package dev.skilltree.progress;

import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.RoadmapService;
import dev.skilltree.web.Page;
import dev.skilltree.web.PageController;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The roadmap page (graph and outline) and its live fragments. */
@PageController
class RoadmapPages {

    private final RoadmapService roadmaps;
    private final ProgressService progress;
    private final GraphCache graphs;

    RoadmapPages(RoadmapService roadmaps, ProgressService progress, GraphCache graphs) {
        this.roadmaps = roadmaps;
        this.progress = progress;
        this.graphs = graphs;
    }

    @GetMapping("/roadmaps/{id}")
    String roadmap(
            @PathVariable String id,
            @RequestParam(required = false) String track,
            @RequestParam(defaultValue = "") String q,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @ModelAttribute("page") Page page,
            Model model) {
        model.addAttribute("view", view(id, track, q, page, Part.GRAPH, Part.OUTLINE));
        return htmx != null ? "progress/roadmapBody" : "progress/roadmap";
    }

    @GetMapping("/roadmaps/{id}/graph")
    String graph(
            @PathVariable String id,
            @RequestParam(required = false) String track,
            @RequestParam(defaultValue = "") String q,
            @ModelAttribute("page") Page page,
            Model model) {
        model.addAttribute("view", view(id, track, q, page, Part.GRAPH));
        return "progress/roadmapGraph";
    }

    @GetMapping("/roadmaps/{id}/percent")
    String percent(
            @PathVariable String id,
            @RequestParam(required = false) String track,
            @ModelAttribute("page") Page page,
            Model model) {
        model.addAttribute("view", view(id, track, "", page));
        return "progress/roadmapPercent";
    }

    /** What the roadmap view renders besides the percentage; each fragment asks only for what it shows. */
    private enum Part {
        GRAPH,
        OUTLINE
    }

    private RoadmapView view(String id, String rawTrack, String query, Page page, Part... parts) {
        Roadmap roadmap = roadmaps.get(id);
        String track = roadmap.tracks().stream()
                .map(t -> t.id())
                .filter(t -> t.equals(rawTrack))
                .findFirst()
                .orElse(null);
        RoadmapProgress learner =
                page.signedIn() ? progress.progress(page.user().id(), id) : new RoadmapProgress(roadmap, Map.of());
        RoadmapProgress.Tally tally = learner.tally(n -> learner.inTrack(n, track));
        String q = query.strip();
        List<Part> wanted = List.of(parts);
        return new RoadmapView(
                roadmap,
                track,
                q,
                tally.percent(),
                tally.complete(),
                tally.total(),
                wanted.contains(Part.GRAPH) ? svg(roadmap, learner, track, q, page) : "",
                wanted.contains(Part.OUTLINE) ? OutlineItem.build(learner, track, q) : List.of(),
                page.signedIn());
    }

    private String svg(Roadmap roadmap, RoadmapProgress learner, String track, String q, Page page) {
        Set<String> shown = shown(learner, track, q);
        return graphs.graph(roadmap)
                .svg(
                        page.lang(),
                        nodeId ->
                                learner.status(nodeId).code() + (shown == null || shown.contains(nodeId) ? "" : " dim"),
                        nodeId -> "/roadmaps/" + roadmap.id() + "/nodes/" + nodeId,
                        nodeId -> learner.node(nodeId)
                                .map(n -> n.title().in(page.lang()))
                                .orElse(nodeId));
    }

    /** The nodes that pass the track filter and the search, with their ancestors; null when nothing is filtered. */
    private static Set<String> shown(RoadmapProgress learner, String track, String q) {
        if (track == null && q.isEmpty()) {
            return null;
        }
        String lower = q.toLowerCase(java.util.Locale.ROOT);
        Set<String> shown = new HashSet<>();
        for (Node node : learner.roadmap().nodes()) {
            if (learner.inTrack(node, track) && OutlineItem.matches(node, lower)) {
                learner.lineage(node).forEach(n -> shown.add(n.id()));
            }
        }
        return shown;
    }
}
