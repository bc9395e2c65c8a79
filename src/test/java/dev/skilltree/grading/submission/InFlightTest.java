package dev.skilltree.grading.submission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.grading.Limits;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How long a learner waits at most for a submission in flight to finish: what a refused submit's Retry-After says. */
class InFlightTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Limits FIVE_SECONDS = new Limits(2, 5, 256, 16, 64);

    @Test
    void aQueuedSubmissionMayStillTakeItsWholeWallClockLimit() {
        InFlight queued = new InFlight(1, 2, "loop", false, NOW.minusSeconds(30), null);

        assertThat(queued.leftAtMost(FIVE_SECONDS, NOW)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aRunningSubmissionHasWhatIsLeftOfItsLimit() {
        InFlight running = new InFlight(1, 2, "loop", true, NOW.minusSeconds(30), NOW.minusMillis(1500));

        assertThat(running.leftAtMost(FIVE_SECONDS, NOW)).isEqualTo(Duration.ofMillis(3500));
    }

    @Test
    void aRunPastItsLimitHasNothingLeftRatherThanANegativeWait() {
        InFlight overdue = new InFlight(1, 2, "loop", true, NOW.minusSeconds(30), NOW.minusSeconds(9));

        assertThat(overdue.leftAtMost(FIVE_SECONDS, NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void aRunningSubmissionWithNoStartTimeIsGivenItsWholeLimit() {
        InFlight running = new InFlight(1, 2, "loop", true, NOW.minusSeconds(30), null);

        assertThat(running.leftAtMost(FIVE_SECONDS, NOW)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aQueuedSubmissionThatOnceStartedIsStillGivenItsWholeLimit() {
        InFlight requeued = new InFlight(1, 2, "loop", false, NOW.minusSeconds(30), NOW.minusSeconds(4));

        assertThat(requeued.leftAtMost(FIVE_SECONDS, NOW)).isEqualTo(Duration.ofSeconds(5));
    }
}
