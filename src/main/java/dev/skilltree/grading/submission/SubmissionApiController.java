package dev.skilltree.grading.submission;

import dev.skilltree.account.Account;
import dev.skilltree.account.AccountUser;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A submission's state, read once or followed as server-sent events until it is finished. */
@RestController
public class SubmissionApiController {

    private final SubmissionService submissions;
    private final SubmissionWatch watch;

    SubmissionApiController(SubmissionService submissions, SubmissionWatch watch) {
        this.submissions = submissions;
        this.watch = watch;
    }

    @GetMapping("/api/v1/submissions/{id}")
    Map<String, Object> get(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        return SubmissionJson.of(submissions.find(user.account(), id), submissions.anyNodeGrades());
    }

    /**
     * Sends a {@code submission} event with the state now and on every change (queued, started, finished), then
     * closes. Changes on this node wake the stream at once; those on other nodes too on PostgreSQL (LISTEN/NOTIFY), and within
     * the stream's poll period on H2.
     */
    @GetMapping(path = "/api/v1/submissions/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        Account viewer = user.account();
        submissions.find(viewer, id);
        return SubmissionStream.follow(
                watch,
                id,
                next -> submissions.find(viewer, next),
                (emitter, now) -> emitter.send(SseEmitter.event()
                        .name("submission")
                        .id(now.status().code())
                        .data(SubmissionJson.of(now, submissions.anyNodeGrades()), MediaType.APPLICATION_JSON)),
                (emitter, now) -> {});
    }
}
