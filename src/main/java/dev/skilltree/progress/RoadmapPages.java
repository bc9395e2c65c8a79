package dev.skilltree.progress;

import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.RoadmapService;
import dev.skilltree.web.FramedHtml;
import dev.skilltree.web.Page;
import dev.skilltree.web.PageController;
import dev.skilltree.web.PrecompressedHtml;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
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
    private final GraphView graphs;
    private final RoadmapBodies bodies;

    RoadmapPages(RoadmapService roadmaps, ProgressService progress, GraphView graphs, RoadmapBodies bodies) {
        this.roadmaps = roadmaps;
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
            @RequestParam(required = false) String open,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @ModelAttribute("page") Page page,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        Shown shown = shown(id, track, q, open, page);
        PrecompressedHtml body = bodies.body(
                shown.roadmap(),
                shown.own(),
                shown.track(),
                shown.query(),
                shown.open(),
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
            @RequestParam(required = false) String open,
            @ModelAttribute("page") Page page,
            Model model) {
        model.addAttribute("view", view(shown(id, track, q, open, page), page, Part.GRAPH));
        return "progress/roadmapGraph";
    }

    @GetMapping("/roadmaps/{id}/percent")
    String percent(
            @PathVariable String id,
            @RequestParam(required = false) String track,
            @ModelAttribute("page") Page page,
            Model model) {
        model.addAttribute("view", view(shown(id, track, "", null, page), page));
        return "progress/roadmapPercent";
    }

    /** What the roadmap view renders besides the percentage; each fragment asks only for what it shows. */
    private enum Part {
        GRAPH,
        OUTLINE
    }

    /**
     * The statuses a learner set on a roadmap, with the track filter (null when unknown or absent), search and the
     * graph's open areas (null for the default).
     */
    private record Shown(Roadmap roadmap, Map<String, Status> own, String track, String query, String open) {

        RoadmapProgress learner() {
            return new RoadmapProgress(roadmap, own);
        }
    }

    private Shown shown(String id, String rawTrack, String query, String open, Page page) {
        Roadmap roadmap = roadmaps.get(id);
        String track = roadmap.tracks().stream()
                .map(t -> t.id())
                .filter(t -> t.equals(rawTrack))
                .findFirst()
                .orElse(null);
        Map<String, Status> own =
                page.signedIn() ? progress.statuses(page.user().id(), roadmap) : Map.of();
        return new Shown(roadmap, own, track, query.strip(), open == null ? null : open.strip());
    }

    private RoadmapView view(Shown shown, Page page, Part... parts) {
        RoadmapProgress learner = shown.learner();
        String track = shown.track();
        String q = shown.query();
        Roadmap roadmap = learner.roadmap();
        RoadmapProgress.Tally tally = track == null ? learner.tally(n -> true) : learner.tallyInTrack(track);
        List<Part> wanted = List.of(parts);
        return new RoadmapView(
                roadmap,
                track,
                q,
                tally.percent(),
                tally.complete(),
                tally.total(),
                wanted.contains(Part.GRAPH) ? graphs.svg(learner, track, q, shown.open(), page) : "",
                wanted.contains(Part.OUTLINE) ? OutlineItem.build(learner, track, q) : List.of(),
                page.signedIn());
    }
}
