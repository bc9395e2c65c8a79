package dev.skilltree.progress;

import dev.skilltree.account.AccountUser;
import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.RoadmapService;
import dev.skilltree.web.Page;
import dev.skilltree.web.PageController;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The topic page, its side-panel form in the graph, and the status and note forms. */
@PageController
class NodePages {

    private final RoadmapService roadmaps;
    private final ProgressService progress;
    private final EvidenceService evidence;
    private final JsonMapper json;

    NodePages(RoadmapService roadmaps, ProgressService progress, EvidenceService evidence, JsonMapper json) {
        this.roadmaps = roadmaps;
        this.progress = progress;
        this.evidence = evidence;
        this.json = json;
    }

    @GetMapping("/roadmaps/{id}/nodes/{nodeId}")
    String node(
            @PathVariable String id,
            @PathVariable String nodeId,
            @RequestParam(defaultValue = "false") boolean panel,
            @RequestParam(defaultValue = "false") boolean saved,
            @AuthenticationPrincipal AccountUser user,
            @ModelAttribute("page") Page page,
            Model model) {
        model.addAttribute("view", view(id, nodeId, page));
        model.addAttribute("saved", saved);
        if (!panel) {
            model.addAttribute(
                    "challenges",
                    evidence.forNode(user == null ? null : user.account().id(), nodeId));
        }
        return panel ? "progress/nodePanel" : "progress/node";
    }

    @PostMapping("/roadmaps/{id}/nodes/{nodeId}/status")
    String status(
            @PathVariable String id,
            @PathVariable String nodeId,
            @RequestParam String status,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @ModelAttribute("page") Page page,
            HttpServletResponse response,
            Model model) {
        Status to = Status.fromCode(status).orElseThrow(() -> InvalidProgress.unknownStatus(status));
        progress.set(page.user().id(), id, nodeId, to);
        if (htmx == null) {
            return "redirect:/roadmaps/" + id + "/nodes/" + nodeId;
        }
        RoadmapProgress learner = learner(id, page);
        NodeView view = view(learner, nodeId, page);
        response.setHeader(
                "HX-Trigger",
                json.writeValueAsString(Map.of("statusChanged", ChangedStatuses.of(learner, view.node()))));
        model.addAttribute("view", view);
        return "progress/statusButtons";
    }

    @PostMapping("/roadmaps/{id}/nodes/{nodeId}/note")
    String note(
            @PathVariable String id,
            @PathVariable String nodeId,
            @RequestParam(defaultValue = "") String body,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @ModelAttribute("page") Page page,
            Model model) {
        progress.saveNote(page.user().id(), id, nodeId, body);
        if (htmx == null) {
            return "redirect:/roadmaps/" + id + "/nodes/" + nodeId + "?saved=true#note";
        }
        model.addAttribute("view", view(id, nodeId, page));
        model.addAttribute("saved", true);
        return "progress/noteRendered";
    }

    private NodeView view(String id, String nodeId, Page page) {
        return view(learner(id, page), nodeId, page);
    }

    private RoadmapProgress learner(String id, Page page) {
        return page.signedIn()
                ? progress.progress(page.user().id(), id)
                : new RoadmapProgress(roadmaps.get(id), Map.of());
    }

    private NodeView view(RoadmapProgress learner, String nodeId, Page page) {
        String id = learner.roadmap().id();
        Node node = learner.node(nodeId).orElseThrow(() -> NodeNotFound.in(id, nodeId));
        String note =
                page.signedIn() ? progress.note(page.user().id(), id, nodeId).orElse("") : "";
        return NodeView.of(learner, node, page.lang(), note, page.signedIn());
    }
}
