package dev.skilltree.grading.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skilltree.account.AccountService;
import dev.skilltree.grading.BuiltInChallenges;
import dev.skilltree.grading.ChallengeService;
import dev.skilltree.grading.GradeResult;
import dev.skilltree.grading.Grader;
import dev.skilltree.grading.Isolation;
import dev.skilltree.grading.PythonInterpreter;
import dev.skilltree.grading.Verdict;
import dev.skilltree.grading.submission.Submission;
import dev.skilltree.grading.submission.SubmissionChanges;
import dev.skilltree.grading.submission.SubmissionRepository;
import dev.skilltree.support.FreshData;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionOperations;

/** The grading task's promises: our faults are retried and then reported as ours; a result is written once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubmissionGradingTest {

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    ChallengeService challenges;

    @Autowired
    AccountService accounts;

    @Autowired
    SubmissionChanges changes;

    @Autowired
    TransactionOperations transactions;

    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        FreshData.directory(registry);
    }

    @Test
    void retriesASandboxErrorThreeTimesThenReportsItAsOurs() throws Exception {
        SubmissionGrading broken = grading(brokenGrader());
        long id = newSubmission("retry-learner");

        for (int failures = 0; failures < SubmissionGrading.SANDBOX_RETRIES; failures++) {
            int before = failures;
            assertThatThrownBy(() -> broken.grade(id, before, "node-a"))
                    .isInstanceOf(SubmissionGrading.SandboxFailed.class);
            assertThat(submissions.find(id).orElseThrow().finished()).isFalse();
        }
        broken.grade(id, SubmissionGrading.SANDBOX_RETRIES, "node-a");

        Submission last = submissions.find(id).orElseThrow();
        assertThat(last.finished()).isTrue();
        assertThat(last.verdict()).isEqualTo(Verdict.SANDBOX_ERROR);
        assertThat(last.attempts()).isEqualTo(SubmissionGrading.SANDBOX_RETRIES + 1);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void everyLineLoggedWhileGradingNamesTheSubmission(CapturedOutput output) throws Exception {
        long id = newSubmission("logged-learner");

        grading(brokenGrader()).grade(id, SubmissionGrading.SANDBOX_RETRIES, "node-a");

        assertThat(output.getOut().lines().filter(line -> line.contains("SubmissionGrading")))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("submission=" + id + " "));
        assertThat(output.getOut()).contains("Graded closure-counter: sandbox_error");
    }

    @Test
    void countsEachSandboxFailureAndTheVerdictByKindWithItsTimeFromTheQueue() throws Exception {
        MeterRegistry registry = new SimpleMeterRegistry();
        SubmissionGrading broken = grading(brokenGrader(), registry);
        long id = newSubmission("metrics-learner");
        assertThat(registry.get("skilltree.grading.queue").gauge().value()).isGreaterThanOrEqualTo(1);

        assertThatThrownBy(() -> broken.grade(id, 0, "node-a")).isInstanceOf(SubmissionGrading.SandboxFailed.class);
        broken.grade(id, SubmissionGrading.SANDBOX_RETRIES, "node-a");

        assertThat(registry.get("skilltree.grading.sandbox.failures").counter().count())
                .isEqualTo(2);
        assertThat(registry.get("skilltree.grading.verdicts")
                        .tags("kind", "unit", "verdict", "sandbox_error")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("skilltree.grading.latency")
                        .tags("kind", "unit")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void keepsTheFirstResultWhenATaskRunsAgain() throws Exception {
        long id = newSubmission("twice-learner");
        GradeResult passed = new GradeResult(Verdict.PASSED, "", List.of(), 10);
        GradeResult failed = new GradeResult(Verdict.FAILED, "late", List.of(), 20);

        Submission queued = submissions.find(id).orElseThrow();
        Submission started = queued.start(clock.instant());
        boolean first = submissions.finish(started.finish(passed, clock.instant()), "node-a");
        boolean second = submissions.finish(started.finish(failed, clock.instant()), "node-a");
        boolean restarted = submissions.start(queued.start(clock.instant()));
        grading(brokenGrader()).grade(id, 0, "node-a");

        Submission kept = submissions.find(id).orElseThrow();
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(restarted).isFalse();
        assertThat(kept.status()).isEqualTo(Submission.Status.FINISHED);
        assertThat(kept.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(kept.runMillis()).isEqualTo(10);
    }

    private SubmissionGrading grading(Grader grader) {
        return grading(grader, new SimpleMeterRegistry());
    }

    private SubmissionGrading grading(Grader grader, MeterRegistry registry) {
        return new SubmissionGrading(
                submissions,
                challenges,
                grader,
                changes,
                new GradingMetrics(registry, submissions::queued),
                transactions,
                event -> {},
                clock,
                1);
    }

    private long newSubmission(String learner) {
        long userId = accounts.register(learner, "correct horse battery staple").id();
        return submissions.insert(
                userId,
                "closure-counter",
                BuiltInChallenges.get("closure-counter").starter(),
                clock.instant());
    }

    /** A grader whose Python does not exist: every run is a sandbox error, never the learner's fault. */
    private static Grader brokenGrader() {
        return Grader.create(
                new PythonInterpreter(Path.of("/nonexistent/python3"), Path.of("/nonexistent"), 3, 11),
                Isolation.RLIMITS_ONLY);
    }
}
