package dev.skilltree.grading.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SubmissionWatchTest {

    private static final Duration LONG = Duration.ofMinutes(1);

    private final SubmissionWatch watch = new SubmissionWatch();

    private Thread awaiting(long id, long mark) {
        Thread thread = new Thread(() -> {
            try {
                watch.await(id, mark, LONG);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        thread.setDaemon(true);
        thread.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> thread.getState() == Thread.State.TIMED_WAITING);
        return thread;
    }

    @Test
    void countsTheChangesSeenForEachSubmission() {
        long mark = watch.mark(1);
        watch.mark(2);

        watch.changed(1);
        watch.changed(1);
        watch.changed(2);

        assertThat(mark).isZero();
        assertThat(watch.mark(1)).isEqualTo(2);
        assertThat(watch.mark(2)).isEqualTo(1);
    }

    @Test
    void keepsNoCountForASubmissionNobodyWatches() {
        watch.changed(7);

        assertThat(watch.mark(7)).isZero();
    }

    @Test
    void wakesAStreamWaitingForThatSubmission() {
        Thread stream = awaiting(1, watch.mark(1));

        watch.changed(1);

        await().atMost(Duration.ofSeconds(10)).until(() -> !stream.isAlive());
    }

    @Test
    void leavesStreamsOfOtherSubmissionsWaiting() {
        Thread other = awaiting(2, watch.mark(2));
        Thread mine = awaiting(1, watch.mark(1));

        watch.changed(1);

        await().atMost(Duration.ofSeconds(10)).until(() -> !mine.isAlive());
        assertThat(other.isAlive()).as("still waiting").isTrue();
        watch.changed(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> !other.isAlive());
    }

    @Test
    void doesNotMissAChangeBetweenTheMarkAndTheWait() {
        long mark = watch.mark(1);
        watch.changed(1);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> watch.await(1, mark, LONG));
    }

    @Test
    void givesUpWaitingAfterTheTimeAllowed() {
        long mark = watch.mark(1);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> watch.await(1, mark, Duration.ofMillis(20)));
        assertThat(watch.mark(1)).isEqualTo(mark);
    }

    @Test
    void forgetsAFinishedSubmission() {
        watch.mark(1);
        watch.changed(1);

        watch.done(1);

        assertThat(watch.mark(1)).isZero();
    }
}
