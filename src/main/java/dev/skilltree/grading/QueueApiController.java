package dev.skilltree.grading;

import dev.skilltree.account.AccountUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The grading queue for admins (every learner) and mentors (their groups' learners); anyone else gets 403. */
@RestController
class QueueApiController {

    private final QueueService queue;

    QueueApiController(QueueService queue) {
        this.queue = queue;
    }

    @GetMapping("/api/v1/grading/queue")
    QueueOverview queue(@AuthenticationPrincipal AccountUser user) {
        return queue.overview(user.account());
    }
}
