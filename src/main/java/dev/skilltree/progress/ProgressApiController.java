package dev.skilltree.progress;

import dev.skilltree.account.Account;
import dev.skilltree.account.AccountUser;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProgressApiController {

    record StatusChange(String status) {}

    private final ProgressService progress;
    private final LearnerAccess access;

    ProgressApiController(ProgressService progress, LearnerAccess access) {
        this.progress = progress;
        this.access = access;
    }

    @GetMapping("/api/v1/me/progress/{roadmapId}")
    Map<String, Object> mine(@AuthenticationPrincipal AccountUser user, @PathVariable String roadmapId) {
        return view(user.account(), roadmapId);
    }

    @GetMapping("/api/v1/users/{username}/progress/{roadmapId}")
    Map<String, Object> learners(
            @AuthenticationPrincipal AccountUser user, @PathVariable String username, @PathVariable String roadmapId) {
        return view(access.readable(user.account(), username), roadmapId);
    }

    @PutMapping("/api/v1/me/progress/{roadmapId}/{nodeId}")
    Map<String, Object> set(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable String roadmapId,
            @PathVariable String nodeId,
            @RequestBody StatusChange change) {
        Status status = Status.fromCode(change.status() == null ? "" : change.status())
                .orElseThrow(() -> InvalidProgress.unknownStatus(change.status()));
        progress.set(user.account().id(), roadmapId, nodeId, status);
        RoadmapProgress now = progress.progress(user.account().id(), roadmapId);
        return Map.of(
                "node", nodeId,
                "status", status.code(),
                "shown", now.status(nodeId).code(),
                "percent", now.percent(n -> true));
    }

    @GetMapping("/api/v1/me/progress/{roadmapId}/export")
    ResponseEntity<?> export(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable String roadmapId,
            @RequestParam(defaultValue = "json") String format,
            @RequestParam(defaultValue = "en") String lang) {
        long id = user.account().id();
        String file = user.getUsername() + "-" + roadmapId;
        if (format.equals("md")) {
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType("text/markdown;charset=UTF-8"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + ".md\"")
                    .body(ProgressChecklist.render(progress.progress(id, roadmapId), lang));
        }
        if (!format.equals("json")) {
            throw InvalidProgress.unreadable("format", "use json or md");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + ".json\"")
                .body(progress.export(id, roadmapId));
    }

    @PostMapping(path = "/api/v1/me/progress/import", consumes = "application/json")
    ProgressExport.Outcome importProgress(@AuthenticationPrincipal AccountUser user, @RequestBody ProgressExport file) {
        return progress.importProgress(user.account().id(), file);
    }

    private Map<String, Object> view(Account learner, String roadmapId) {
        RoadmapProgress p = progress.progress(learner.id(), roadmapId);
        Map<String, String> statuses = new TreeMap<>();
        p.roadmap().nodes().forEach(n -> {
            if (p.own(n.id()) != Status.TODO) {
                statuses.put(n.id(), p.own(n.id()).code());
            }
        });
        ProgressSummary summary = ProgressSummary.of(p);
        Map<String, Object> stages = new LinkedHashMap<>();
        summary.stages().forEach(s -> stages.put(s.id(), s.percent()));
        Map<String, Object> tracks = new LinkedHashMap<>();
        summary.tracks().forEach(t -> tracks.put(t.id(), t.percent()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("roadmap", roadmapId);
        body.put("username", learner.username());
        body.put("statuses", statuses);
        body.put(
                "summary",
                Map.of(
                        "percent", summary.percent(),
                        "counts", summary.counts(),
                        "total", summary.total(),
                        "stages", stages,
                        "tracks", tracks));
        body.put("fromEarlierVersion", p.fromEarlierVersion());
        return body;
    }
}
