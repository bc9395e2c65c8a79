package dev.skilltree.grading.submission;

import dev.skilltree.account.Account;
import dev.skilltree.account.GroupService;
import dev.skilltree.config.Transactions;
import dev.skilltree.grading.Challenge;
import dev.skilltree.grading.ChallengeService;
import dev.skilltree.grading.ChallengeStanding;
import dev.skilltree.grading.Grader;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes submissions, hands them to the grading queue, and shows them to those who may see them. */
@Service
public class SubmissionService {

    private final SubmissionRepository repository;
    private final ChallengeService challenges;
    private final GradingQueue queue;
    private final GroupService groups;
    private final Clock clock;
    private final SubmissionCap cap;

    SubmissionService(
            SubmissionRepository repository,
            ChallengeService challenges,
            GradingQueue queue,
            GroupService groups,
            Clock clock,
            SubmissionCap cap) {
        this.repository = repository;
        this.challenges = challenges;
        this.queue = queue;
        this.groups = groups;
        this.clock = clock;
        this.cap = cap;
    }

    /**
     * Checks the files, then writes the submission and its grading task in one transaction: accepted whenever the
     * database (the queue) is, whether or not any node grades now. Grading starts as soon as that commits, on this
     * node if it grades, else on whichever worker polls first. A learner with as many submissions in flight as the
     * cap allows gets {@link TooManySubmissions} and nothing is written.
     */
    @Transactional
    public Submission submit(Account learner, String slug, Map<String, String> files) {
        Challenge challenge = challenges.get(slug);
        Grader.check(challenge, files);
        Instant now = clock.instant();
        cap.admit(learner.id(), now);
        long id = repository.insert(learner.id(), slug, files, now);
        queue.schedule(id);
        Transactions.afterCommit(queue::wake);
        return new Submission(
                id,
                learner.id(),
                slug,
                files,
                Submission.Status.QUEUED,
                null,
                null,
                List.of(),
                0,
                null,
                now,
                null,
                null);
    }

    /** Whether a submission not yet graded waits for a node to grade it: false when no node grades now. */
    public boolean anyNodeGrades() {
        return queue.anyNodeGrades();
    }

    /** A submission its owner, their mentors or an admin may see; anyone else gets {@link SubmissionNotFound}. */
    @Transactional(readOnly = true)
    public Submission find(Account viewer, long id) {
        Submission submission = repository.find(id).orElseThrow(() -> SubmissionNotFound.forId(id));
        boolean visible = submission.userId() == viewer.id()
                || viewer.isAdmin()
                || groups.mentors(viewer.id(), submission.userId());
        if (!visible) {
            throw SubmissionNotFound.forId(id);
        }
        return submission;
    }

    @Transactional(readOnly = true)
    public List<Submission> recent(Account learner, String slug) {
        return repository.recent(learner.id(), slug, 20);
    }

    /** Where the learner stands on each challenge; a challenge missing from the map was not tried. */
    @Transactional(readOnly = true)
    public Map<String, ChallengeStanding> standings(Account learner) {
        return repository.standings(learner.id());
    }
}
