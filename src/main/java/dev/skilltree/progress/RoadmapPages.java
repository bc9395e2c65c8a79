package dev.skilltree.progress;

import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.RoadmapGraph;
import dev.skilltree.roadmap.RoadmapService;
import dev.skilltree.web.FramedHtml;
import dev.skilltree.web.Page;
import dev.skilltree.web.PageController;
import dev.skilltree.web.PrecompressedHtml;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
    private final EvidenceService evidence;
    private final GraphCache graphs;
    private final RoadmapBodies bodies;

    RoadmapPages(
            RoadmapService roadmaps,
            ProgressService progress,
            EvidenceService evidence,
            GraphCache graphs,
            RoadmapBodies bodies) {
        this.roadmaps = roadmaps;
        this.evidence = evidence;
        this.progress = progress;
        this.graphs = graphs;
        this.bodies = bodies;
    }

    /** The whole page, or only its body for htmx; the body comes from {@link RoadmapBodies}. */
    @GetMapping("/roadmaps/{id}")
    void roadmap(
            @PathVariable String id,
            @RequestParam(required = false) String track,
            @RequestParam(defaultValue = "") String q,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @ModelAttribute("page") Page page,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        Shown shown = shown(id, track, q, page);
        PrecompressedHtml body = bodies.body(
                shown.roadmap(),
                shown.own(),
                shown.track(),
                shown.query(),
                page,
                () -> view(shown, page, Part.GRAPH, Part.OUTLINE));
        String frame = htmx != null
                ? FramedHtml.SLOT
                : bodies.render(
                        "progress/roadmap.jte",
                        Map.of(
                                "page",
                                page,
                                "roadmap",
                                shown.roadmap(),
                                "track",
                                shown.track() == null ? "" : shown.track(),
                                "query",
                                shown.query()));
        FramedHtml.write(request, response, frame, body);
    }

    @GetMapping("/roadmaps/{id}/graph")
    String graph(
            @PathVariable String id,
            @RequestParam(required = false) String track,
            @RequestParam(defaultValue = "") String q,
            @ModelAttribute("page") Page page,
            Model model) {
        model.addAttribute("view", view(shown(id, track, q, page), page, Part.GRAPH));
        return "progress/roadmapGraph";
    }

    @GetMapping("/roadmaps/{id}/percent")
    String percent(
            @PathVariable String id,
            @RequestParam(required = false) String track,
            @ModelAttribute("page") Page page,
            Model model) {
        model.addAttribute("view", view(shown(id, track, "", page), page));
        return "progress/roadmapPercent";
    }

    /** What the roadmap view renders besides the percentage; each fragment asks only for what it shows. */
    private enum Part {
        GRAPH,
        OUTLINE
    }

    /** The statuses a learner set on a roadmap, with the track filter (null when unknown or absent) and search. */
    private record Shown(Roadmap roadmap, Map<String, Status> own, String track, String query) {

        RoadmapProgress learner() {
            return new RoadmapProgress(roadmap, own);
        }
    }

    private Shown shown(String id, String rawTrack, String query, Page page) {
        Roadmap roadmap = roadmaps.get(id);
        String track = roadmap.tracks().stream()
                .map(t -> t.id())
                .filter(t -> t.equals(rawTrack))
                .findFirst()
                .orElse(null);
        Map<String, Status> own =
                page.signedIn() ? progress.statuses(page.user().id(), roadmap) : Map.of();
        return new Shown(roadmap, own, track, query.strip());
    }

    private RoadmapView view(Shown shown, Page page, Part... parts) {
        RoadmapProgress learner = shown.learner();
        String track = shown.track();
        String q = shown.query();
        Roadmap roadmap = learner.roadmap();
        RoadmapProgress.Tally tally = learner.tally(n -> learner.inTrack(n, track));
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
        Map<String, ChallengeCount> counts =
                evidence.counts(page.signedIn() ? page.user().id() : null);
        return graphs.graph(roadmap)
                .svg(
                        page.lang(),
                        nodeId ->
                                learner.status(nodeId).code() + (shown == null || shown.contains(nodeId) ? "" : " dim"),
                        nodeId -> "/roadmaps/" + roadmap.id() + "/nodes/" + nodeId,
                        nodeId -> learner.node(nodeId)
                                .map(n -> n.title().in(page.lang()))
                                .orElse(nodeId),
                        nodeId -> badge(counts.get(nodeId), page));
    }

    /** A node's challenges as "⚑ passed/total" in its box, with the words in its tooltip; none without any. */
    private static RoadmapGraph.Badge badge(ChallengeCount count, Page page) {
        if (count == null) {
            return null;
        }
        return new RoadmapGraph.Badge(
                "⚑ " + count.passed() + "/" + count.total(),
                page.t("challenge.count", count.total(), count.passed()),
                count.passed() == count.total());
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
