package dev.skilltree.grading;

import dev.skilltree.account.AccountUser;
import dev.skilltree.grading.submission.Submission;
import dev.skilltree.grading.submission.SubmissionJson;
import dev.skilltree.grading.submission.SubmissionService;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Challenges as learners see them (statement and starter; never tests or reference), and admin imports. */
@RestController
class ChallengeApiController {

    private final ChallengeService challenges;
    private final SubmissionService submissions;

    ChallengeApiController(ChallengeService challenges, SubmissionService submissions) {
        this.challenges = challenges;
        this.submissions = submissions;
    }

    /** The challenges in list order, filtered as on the web page. */
    @GetMapping("/api/v1/challenges")
    List<Map<String, Object>> list(
            @RequestParam(required = false) String series,
            @RequestParam(required = false) Integer stage,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String direction,
            @RequestParam(required = false) String difficulty,
            @RequestParam(required = false) String kind) {
        return new ChallengeFilter(series, stage, topic, direction, difficulty, kind)
                .apply(challenges.list()).stream()
                        .map(ChallengeApiController::summary)
                        .toList();
    }

    @GetMapping("/api/v1/challenges/{slug}")
    Map<String, Object> get(@PathVariable String slug) {
        Challenge challenge = challenges.get(slug);
        Map<String, Object> view = summary(challenge);
        view.put("statement", challenge.statement());
        view.put("starter", challenge.starter());
        return view;
    }

    /** Imports a challenge folder sent as a zip (admin); 201 when new, 200 when it replaced one. */
    @PostMapping(
            path = "/api/v1/challenges",
            consumes = {"application/zip", "application/octet-stream"})
    ResponseEntity<Map<String, Object>> importZip(
            @RequestBody byte[] zip, @RequestParam(defaultValue = "false") boolean replace) {
        ChallengeService.Imported imported = challenges.importZip("upload.zip", zip, replace);
        Challenge challenge = imported.challenge();
        return ResponseEntity.status(imported.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/challenges/" + challenge.slug()))
                .body(summary(challenge));
    }

    record NewSubmission(Map<String, String> files) {}

    @PostMapping("/api/v1/challenges/{slug}/submissions")
    ResponseEntity<Map<String, Object>> submit(
            @AuthenticationPrincipal AccountUser user, @PathVariable String slug, @RequestBody NewSubmission body) {
        Map<String, String> files = body == null || body.files() == null ? Map.of() : body.files();
        Submission submission = submissions.submit(user.account(), slug, files);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/submissions/" + submission.id()))
                .body(SubmissionJson.of(submission, submissions.anyNodeGrades()));
    }

    @GetMapping("/api/v1/challenges/{slug}/submissions")
    List<Map<String, Object>> mine(@AuthenticationPrincipal AccountUser user, @PathVariable String slug) {
        challenges.get(slug);
        boolean graded = submissions.anyNodeGrades();
        return submissions.recent(user.account(), slug).stream()
                .map(s -> SubmissionJson.of(s, graded))
                .toList();
    }

    static Map<String, Object> summary(Challenge challenge) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("slug", challenge.slug());
        view.put("title", challenge.title());
        view.put("nodes", challenge.nodes());
        view.put("difficulty", challenge.difficulty().code());
        view.put("estimate", challenge.estimate().format());
        view.put("kind", challenge.kind().code());
        view.put("limits", challenge.limits());
        view.put("tags", challenge.tags());
        view.put("files", challenge.starter().keySet());
        return view;
    }
}
