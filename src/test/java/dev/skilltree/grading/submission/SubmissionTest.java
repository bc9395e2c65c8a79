package dev.skilltree.grading.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skilltree.grading.GradeResult;
import dev.skilltree.grading.TestOutcome;
import dev.skilltree.grading.Verdict;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubmissionTest {

    private static final Instant QUEUED = Instant.parse("2026-04-01T12:00:00Z");

    private static Submission submission(Submission.Status status, Verdict verdict, List<TestOutcome> tests) {
        return new Submission(
                1,
                2,
                "fizzbuzz",
                Map.of("solution.py", "print(1)"),
                status,
                verdict,
                null,
                tests,
                1,
                null,
                QUEUED,
                null,
                null);
    }

    private static TestOutcome test(String name, String status) {
        return new TestOutcome(name, status, "", "", 1.5);
    }

    @Test
    void isFinishedOnlyOnceGraded() {
        assertThat(submission(Submission.Status.QUEUED, null, null).finished()).isFalse();
        assertThat(submission(Submission.Status.STARTED, null, null).finished()).isFalse();
        assertThat(submission(Submission.Status.FINISHED, Verdict.FAILED, null).finished())
                .isTrue();
    }

    @Test
    void hasPassedOnlyWithThePassedVerdict() {
        assertThat(submission(Submission.Status.FINISHED, Verdict.PASSED, null).passed())
                .isTrue();
        assertThat(submission(Submission.Status.FINISHED, Verdict.FAILED, null).passed())
                .isFalse();
        assertThat(submission(Submission.Status.FINISHED, Verdict.SANDBOX_ERROR, null)
                        .passed())
                .isFalse();
        assertThat(submission(Submission.Status.QUEUED, null, null).passed()).isFalse();
    }

    @Test
    void countsThePassingTests() {
        Submission graded = submission(
                Submission.Status.FINISHED,
                Verdict.FAILED,
                List.of(
                        test("a", "pass"),
                        test("b", "fail"),
                        test("c", "pass"),
                        test("d", "error"),
                        test("e", "skip")));

        assertThat(graded.testsPassed()).isEqualTo(2);
        assertThat(submission(Submission.Status.QUEUED, null, null).tests()).isEmpty();
    }

    @Test
    void namesItsStatusInLowerCase() {
        assertThat(Submission.Status.QUEUED.code()).isEqualTo("queued");
        assertThat(Submission.Status.STARTED.code()).isEqualTo("started");
        assertThat(Submission.Status.FINISHED.code()).isEqualTo("finished");
    }

    @Test
    void keepsItsOwnCopyOfTheFiles() {
        Map<String, String> files = new HashMap<>(Map.of("solution.py", "print(1)"));
        Submission submission = new Submission(
                1, 2, "fizzbuzz", files, Submission.Status.QUEUED, null, null, null, 0, null, QUEUED, null, null);

        files.put("solution.py", "changed");

        assertThat(submission.files()).containsEntry("solution.py", "print(1)");
        assertThatThrownBy(() -> submission.files().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void startsAgainUntilFinishedKeepingTheFirstStartTime() {
        Submission queued = submission(Submission.Status.QUEUED, null, null);

        Submission started = queued.start(QUEUED.plusSeconds(1)).start(QUEUED.plusSeconds(9));

        assertThat(started.status()).isEqualTo(Submission.Status.STARTED);
        assertThat(started.attempts()).isEqualTo(3);
        assertThat(started.startedAt()).isEqualTo(QUEUED.plusSeconds(1));
    }

    @Test
    void finishesOnceWithItsVerdictAndRefusesAnyLaterTransition() {
        Submission started = submission(Submission.Status.QUEUED, null, null).start(QUEUED.plusSeconds(1));
        GradeResult result = new GradeResult(Verdict.PASSED, "", List.of(test("t", "pass")), 42);

        Submission finished = started.finish(result, QUEUED.plusSeconds(2));

        assertThat(finished.passed()).isTrue();
        assertThat(finished.runMillis()).isEqualTo(42L);
        assertThat(finished.finishedAt()).isEqualTo(QUEUED.plusSeconds(2));
        assertThatThrownBy(() -> finished.finish(result, QUEUED.plusSeconds(3)))
                .isInstanceOf(SubmissionFinished.class)
                .hasMessage("submission 1 is finished; it cannot finish again");
        assertThatThrownBy(() -> finished.start(QUEUED.plusSeconds(3))).isInstanceOf(SubmissionFinished.class);
    }
}
