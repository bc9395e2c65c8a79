package dev.skilltree.grading.job;

import dev.skilltree.grading.Challenge;
import dev.skilltree.grading.ChallengeNotFound;
import dev.skilltree.grading.ChallengePassed;
import dev.skilltree.grading.ChallengeService;
import dev.skilltree.grading.GradeResult;
import dev.skilltree.grading.Grader;
import dev.skilltree.grading.InvalidSubmission;
import dev.skilltree.grading.Verdict;
import dev.skilltree.grading.sandbox.Verdicts;
import dev.skilltree.grading.submission.Submission;
import dev.skilltree.grading.submission.SubmissionChanges;
import dev.skilltree.grading.submission.SubmissionRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The body of a grading task. Safe to run more than once for one submission (a retry, or a dead node's task
 * picked up again): a finished submission is left alone, and only the first result is written.
 */
final class SubmissionGrading {

    private static final Logger log = LoggerFactory.getLogger(SubmissionGrading.class);

    /** Retries after the first run for SANDBOX_ERROR, which is never the learner's fault. */
    static final int SANDBOX_RETRIES = 3;

    private final SubmissionRepository submissions;
    private final ChallengeService challenges;
    private final Grader grader;
    private final SubmissionChanges changes;
    private final GradingMetrics metrics;
    private final TransactionOperations transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int workers;
    private final BlockingQueue<Integer> slots;

    SubmissionGrading(
            SubmissionRepository submissions,
            ChallengeService challenges,
            Grader grader,
            SubmissionChanges changes,
            GradingMetrics metrics,
            TransactionOperations transactions,
            ApplicationEventPublisher events,
            Clock clock,
            int workers) {
        this.submissions = submissions;
        this.challenges = challenges;
        this.grader = grader;
        this.changes = changes;
        this.metrics = metrics;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.workers = workers;
        this.slots = new ArrayBlockingQueue<>(workers);
        for (int slot = 0; slot < workers; slot++) {
            slots.add(slot);
        }
    }

    /** How many submissions this node grades at once. */
    int workers() {
        return workers;
    }

    /** How many it is grading now. */
    int running() {
        return workers - slots.size();
    }

    /**
     * Grades a submission on the node named {@code node} (written with the verdict); {@code failures} is how many
     * runs of this task have failed before.
     */
    void grade(long id, int failures, String node) throws InterruptedException {
        try (var logged = MDC.putCloseable("submission", Long.toString(id))) {
            gradeLogged(id, failures, node);
        }
    }

    private void gradeLogged(long id, int failures, String node) throws InterruptedException {
        var found = submissions.find(id);
        if (found.isEmpty() || found.get().finished()) {
            return;
        }
        Submission submission = found.get().start(clock.instant());
        if (!submissions.start(submission)) {
            return;
        }
        changes.changed(id);
        Challenge challenge;
        GradeResult result;
        try {
            challenge = challenges.get(submission.challenge());
            result = run(challenge, submission);
        } catch (ChallengeNotFound e) {
            challenge = null;
            result = Verdicts.sandboxError(e.getMessage(), 0);
        }
        if (result.verdict() == Verdict.SANDBOX_ERROR && failures < SANDBOX_RETRIES) {
            log.warn("Submission {}: sandbox error, will retry: {}", id, result.message());
            metrics.sandboxFailure();
            throw new SandboxFailed(result.message());
        }
        if (result.verdict() == Verdict.SANDBOX_ERROR) {
            metrics.sandboxFailure();
        }
        if (finish(submission, challenge == null ? List.of() : challenge.nodes(), result, node)) {
            log.info(
                    "Graded {}: {} in {} ms",
                    submission.challenge(),
                    result.verdict().name().toLowerCase(Locale.ROOT),
                    result.wallMillis());
            metrics.verdict(
                    challenge == null ? null : challenge.kind(),
                    result.verdict(),
                    Duration.between(submission.queuedAt(), clock.instant()));
        }
    }

    private GradeResult run(Challenge challenge, Submission submission) throws InterruptedException {
        int slot = slots.take();
        try {
            GradeResult result = grader.grade(challenge, submission.files(), slot);
            if (Thread.interrupted()) {
                // The node is stopping: this half-run decides nothing, and the task goes back to the queue.
                throw new InterruptedException("stopped while grading submission " + submission.id());
            }
            return result;
        } catch (InvalidSubmission e) {
            return Verdicts.refused(e.getMessage());
        } finally {
            slots.add(slot);
        }
    }

    /** Writes the result and, for a pass, publishes {@link ChallengePassed}, in one transaction. */
    private boolean finish(Submission submission, List<String> nodes, GradeResult result, String node) {
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            if (!submissions.finish(submission.finish(result, clock.instant()), node)) {
                return false;
            }
            changes.changed(submission.id());
            if (result.verdict() == Verdict.PASSED) {
                events.publishEvent(new ChallengePassed(
                        submission.userId(), submission.challenge(), nodes, submission.id(), clock.instant()));
            }
            return true;
        }));
    }

    /** Makes db-scheduler retry the task with backoff. */
    static final class SandboxFailed extends RuntimeException {
        SandboxFailed(String message) {
            super(message);
        }
    }
}
