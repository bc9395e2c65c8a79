package dev.skilltree.grading.submission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.grading.GradeResult;
import dev.skilltree.grading.TestOutcome;
import dev.skilltree.grading.Verdict;
import dev.skilltree.support.Engine;
import dev.skilltree.support.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs on both databases: H2 and a real PostgreSQL. */
@ParameterizedClass
@EnumSource(Engine.class)
class SubmissionRepositoryTest {

    @Parameter
    Engine engine;

    private static final Instant QUEUED = Instant.parse("2026-04-01T12:00:00Z");
    private static final Map<String, String> FILES = Map.of("solution.py", "def fizzbuzz(n):\n    return 'Fizz'\n");
    private static final GradeResult PASSED = new GradeResult(
            Verdict.PASSED, "All 2 tests passed.", List.of(test("test_three", "pass"), test("test_five", "pass")), 420);
    private static final GradeResult FAILED =
            new GradeResult(Verdict.FAILED, "1 of 2 tests failed.", List.of(test("test_three", "fail")), 380);

    @TempDir
    Path data;

    @AutoClose
    private TestDatabase db;

    private SubmissionRepository submissions;
    private long ada;
    private long bob;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(engine, data);
        submissions = new SubmissionRepository(db.jdbc());
        ada = db.user("ada");
        bob = db.user("bob");
        db.challenge("fizzbuzz");
        db.challenge("counter");
    }

    private static TestOutcome test(String name, String status) {
        return new TestOutcome(name, status, status.equals("pass") ? "" : "expected 'Fizz'", "", 2.5);
    }

    private Submission find(long id) {
        return submissions.find(id).orElseThrow();
    }

    @Test
    void queuesANewSubmissionWithItsFiles() {
        long id = submissions.insert(ada, "fizzbuzz", FILES, QUEUED);

        assertThat(find(id))
                .isEqualTo(new Submission(
                        id,
                        ada,
                        "fizzbuzz",
                        FILES,
                        Submission.Status.QUEUED,
                        null,
                        null,
                        List.of(),
                        0,
                        null,
                        QUEUED,
                        null,
                        null));
        assertThat(submissions.find(id + 1)).isEmpty();
    }

    @Test
    void countsEveryStartButKeepsTheFirstStartTime() {
        long id = submissions.insert(ada, "fizzbuzz", FILES, QUEUED);

        Submission queued = find(id);
        assertThat(submissions.start(queued.start(QUEUED.plusSeconds(1)))).isTrue();
        assertThat(submissions.start(queued.start(QUEUED.plusSeconds(30))))
                .as("a retry after a crash")
                .isTrue();

        Submission started = find(id);
        assertThat(started.status()).isEqualTo(Submission.Status.STARTED);
        assertThat(started.attempts()).isEqualTo(2);
        assertThat(started.startedAt()).isEqualTo(QUEUED.plusSeconds(1));
        assertThat(started.finished()).isFalse();
    }

    @Test
    void recordsTheResultOfAFinishedRun() {
        long id = submissions.insert(ada, "fizzbuzz", FILES, QUEUED);
        Submission started = find(id).start(QUEUED.plusSeconds(1));
        submissions.start(started);

        assertThat(submissions.finish(started.finish(PASSED, QUEUED.plusSeconds(2)), "node-a"))
                .isTrue();

        Submission graded = find(id);
        assertThat(graded.finished()).isTrue();
        assertThat(graded.passed()).isTrue();
        assertThat(graded.message()).isEqualTo("All 2 tests passed.");
        assertThat(graded.tests()).isEqualTo(PASSED.tests());
        assertThat(graded.testsPassed()).isEqualTo(2);
        assertThat(graded.runMillis()).isEqualTo(420L);
        assertThat(graded.finishedAt()).isEqualTo(QUEUED.plusSeconds(2));
    }

    @Test
    void keepsTheFirstResultWhenASecondRunFinishes() {
        long id = submissions.insert(ada, "fizzbuzz", FILES, QUEUED);
        Submission started = find(id).start(QUEUED.plusSeconds(1));
        submissions.start(started);
        submissions.finish(started.finish(PASSED, QUEUED.plusSeconds(2)), "node-a");

        assertThat(submissions.finish(started.finish(FAILED, QUEUED.plusSeconds(3)), "node-b"))
                .as("another node's run, which started before the first finished")
                .isFalse();

        assertThat(find(id).verdict()).isEqualTo(Verdict.PASSED);
        assertThat(db.jdbc()
                        .sql("select graded_by from submission where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .as("the node that wrote the verdict")
                .isEqualTo("node-a");
        assertThat(find(id).finishedAt()).isEqualTo(QUEUED.plusSeconds(2));
    }

    @Test
    void neverStartsAFinishedSubmissionAgain() {
        long id = submissions.insert(ada, "fizzbuzz", FILES, QUEUED);
        Submission queued = find(id);
        Submission started = queued.start(QUEUED.plusSeconds(1));
        submissions.start(started);
        submissions.finish(started.finish(FAILED, QUEUED.plusSeconds(2)), "node-a");

        assertThat(submissions.start(queued.start(QUEUED.plusSeconds(5)))).isFalse();

        assertThat(find(id).status()).isEqualTo(Submission.Status.FINISHED);
        assertThat(find(id).attempts()).isEqualTo(1);
    }

    @Test
    void listsALearnersRecentSubmissionsToOneChallengeNewestFirst() {
        long first = submissions.insert(ada, "fizzbuzz", FILES, QUEUED);
        long second = submissions.insert(ada, "fizzbuzz", FILES, QUEUED.plusSeconds(60));
        long third = submissions.insert(ada, "fizzbuzz", FILES, QUEUED.plusSeconds(120));
        submissions.insert(ada, "counter", FILES, QUEUED);
        submissions.insert(bob, "fizzbuzz", FILES, QUEUED);

        assertThat(submissions.recent(ada, "fizzbuzz", 10))
                .extracting(Submission::id)
                .containsExactly(third, second, first);
        assertThat(submissions.recent(ada, "fizzbuzz", 2))
                .extracting(Submission::id)
                .containsExactly(third, second);
        assertThat(submissions.recent(bob, "counter", 10)).isEmpty();
    }
}
