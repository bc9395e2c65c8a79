package dev.skilltree.grading.submission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.grading.GradeResult;
import dev.skilltree.grading.TestOutcome;
import dev.skilltree.grading.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the API shows of a submission: its state and results, never its files, and a notice while nobody grades. */
class SubmissionJsonTest {

    private static final Instant QUEUED = Instant.parse("2026-04-01T12:00:00Z");
    private static final Instant STARTED = QUEUED.plusSeconds(2);
    private static final Instant FINISHED = STARTED.plusSeconds(1);
    private static final Map<String, String> FILES = Map.of("solution.py", "SECRET_CODE = 42\n");

    private static Submission queued() {
        return new Submission(
                7,
                3,
                "closure-counter",
                FILES,
                Submission.Status.QUEUED,
                null,
                null,
                List.of(),
                0,
                null,
                QUEUED,
                null,
                null);
    }

    private static Submission failed() {
        TestOutcome fail = new TestOutcome("test_counts_up", "fail", "expected 2, got 1", "", 3.5);
        return queued().start(STARTED)
                .finish(new GradeResult(Verdict.FAILED, "1 of 1 tests failed.", List.of(fail), 640), FINISHED);
    }

    @Test
    void showsAQueuedSubmissionsStateWithoutItsFiles() {
        Map<String, Object> view = SubmissionJson.of(queued(), true);

        assertThat(view)
                .containsEntry("id", 7L)
                .containsEntry("challenge", "closure-counter")
                .containsEntry("status", "queued")
                .containsEntry("verdict", null)
                .containsEntry("attempts", 0)
                .containsEntry("queuedAt", QUEUED)
                .containsEntry("startedAt", null)
                .containsEntry("notice", null)
                .doesNotContainKey("files");
        assertThat(view.values()).noneMatch(value -> String.valueOf(value).contains("SECRET_CODE"));
    }

    @Test
    void showsAFinishedSubmissionsVerdictTestsAndTimings() {
        Map<String, Object> view = SubmissionJson.of(failed(), true);

        assertThat(view)
                .containsEntry("status", "finished")
                .containsEntry("verdict", "FAILED")
                .containsEntry("message", "1 of 1 tests failed.")
                .containsEntry("attempts", 1)
                .containsEntry("runMillis", 640L)
                .containsEntry("startedAt", STARTED)
                .containsEntry("finishedAt", FINISHED);
        assertThat(view.get("tests"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .singleElement()
                .isEqualTo(new TestOutcome("test_counts_up", "fail", "expected 2, got 1", "", 3.5));
    }

    @Test
    void tellsTheLearnerAWaitingSubmissionStaysQueuedWhileNoNodeGrades() {
        assertThat(SubmissionJson.of(queued(), false))
                .containsEntry(
                        "notice",
                        "No node grades submissions right now; this one stays in the queue and is graded as soon as"
                                + " one does.");
        assertThat(SubmissionJson.of(queued().start(STARTED), false))
                .containsKey("notice")
                .extractingByKey("notice")
                .isNotNull();
    }

    @Test
    void saysNothingAboutGradersOnceTheSubmissionIsFinished() {
        assertThat(SubmissionJson.of(failed(), false)).containsEntry("notice", null);
    }

    @Test
    void keepsTheFieldsInTheOrderTheApiDocumentsThem() {
        assertThat(SubmissionJson.of(queued(), true).keySet())
                .containsExactly(
                        "id",
                        "challenge",
                        "status",
                        "verdict",
                        "message",
                        "tests",
                        "attempts",
                        "runMillis",
                        "queuedAt",
                        "startedAt",
                        "finishedAt",
                        "notice");
    }
}
