package dev.skilltree.grading.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skilltree.grading.GradeResult;
import dev.skilltree.grading.Verdict;
import dev.skilltree.support.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stream of one submission over the real database: one event per state it reaches, the last one once it is
 * finished, woken by a change at once, or by its periodic read when nobody says (H2, a lost notification).
 */
class SubmissionStreamTest {

    private static final Instant AT = Instant.parse("2026-04-01T12:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @TempDir
    Path data;

    @AutoClose
    TestDatabase db;

    private SubmissionRepository submissions;
    private long id;
    private final List<String> sent = new CopyOnWriteArrayList<>();

    @BeforeEach
    void queueASubmission() {
        db = TestDatabase.open(data);
        submissions = new SubmissionRepository(db.jdbc());
        long learner = db.user("ada");
        db.challenge("fizzbuzz");
        id = submissions.insert(learner, "fizzbuzz", Map.of("solution.py", "x = 1\n"), AT);
    }

    @Test
    void sendsEachStateOnceAsItIsReachedAndTheLastOneWhenFinished() {
        SubmissionWatch watch = new SubmissionWatch(MINUTE);
        follow(watch);
        await().atMost(Duration.ofSeconds(10)).until(() -> sent.equals(List.of("queued")));

        Submission started = submissions.find(id).orElseThrow().start(AT.plusSeconds(1));
        submissions.start(started);
        watch.changed(id);
        await().atMost(Duration.ofSeconds(10)).until(() -> sent.equals(List.of("queued", "started")));
        watch.changed(id);
        submissions.finish(
                started.finish(new GradeResult(Verdict.PASSED, "All passed.", List.of(), 30), AT.plusSeconds(2)),
                "node-a");
        watch.changed(id);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(sent).containsExactly("queued", "started", "finished", "last:PASSED"));
    }

    @Test
    void readsTheSubmissionAgainAfterThePollPeriodWhenNobodySaysItChanged() {
        SubmissionWatch watch = new SubmissionWatch(Duration.ofMillis(50));
        follow(watch);
        await().atMost(Duration.ofSeconds(10)).until(() -> sent.equals(List.of("queued")));

        Submission queued = submissions.find(id).orElseThrow();
        submissions.finish(
                queued.finish(new GradeResult(Verdict.FAILED, "1 failed.", List.of(), 30), AT.plusSeconds(2)),
                "node-a");

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(sent).containsExactly("queued", "finished", "last:FAILED"));
    }

    @Test
    void aFinishedSubmissionIsSentOnceAndTheStreamForgetsIt() {
        SubmissionWatch watch = new SubmissionWatch(MINUTE);
        Submission started = submissions.find(id).orElseThrow().start(AT);
        submissions.start(started);
        submissions.finish(started.finish(new GradeResult(Verdict.PASSED, "", List.of(), 1), AT), "node-a");

        follow(watch);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(sent).containsExactly("finished", "last:PASSED"));
        watch.changed(id);
        assertThat(watch.mark(id))
                .as("no signal kept for a finished submission")
                .isZero();
    }

    private void follow(SubmissionWatch watch) {
        SubmissionStream.follow(
                watch,
                id,
                next -> submissions.find(next).orElseThrow(),
                (emitter, now) -> sent.add(now.status().code()),
                (emitter, now) -> sent.add("last:" + now.verdict()));
    }
}
