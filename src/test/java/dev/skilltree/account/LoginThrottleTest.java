package dev.skilltree.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.MovableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant START = Instant.parse("2026-05-04T08:00:00Z");
    private static final Duration DELAY = Duration.ofMillis(250);
    private static final Duration REFUSAL = Duration.ofMinutes(15);

    private final MovableClock clock = new MovableClock(START);
    /** The server's defaults: slowed from the 3rd failure, refused from the 10th, for 15 minutes. */
    private final LoginThrottle throttle = new LoginThrottle(clock, 3, 10, DELAY, REFUSAL);

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }

    @Test
    void letsAFirstAttemptThroughAtOnce() {
        LoginThrottle.Decision decision = throttle.check("ada", "10.0.0.1");

        assertThat(decision.refused()).isFalse();
        assertThat(decision.delay()).isZero();
    }

    @Test
    void slowsDownFromTheThirdFailureDoublingTheDelayUpToSixteenTimes() {
        fail("ada", "10.0.0.1", 2);
        assertThat(throttle.check("ada", "10.0.0.1").delay()).isZero();

        fail("ada", "10.0.0.1", 1);
        assertThat(throttle.check("ada", "10.0.0.1").delay()).isEqualTo(DELAY);
        fail("ada", "10.0.0.1", 1);
        assertThat(throttle.check("ada", "10.0.0.1").delay()).isEqualTo(DELAY.multipliedBy(2));
        fail("ada", "10.0.0.1", 5);
        assertThat(throttle.check("ada", "10.0.0.1").delay()).isEqualTo(DELAY.multipliedBy(16));
    }

    @Test
    void refusesAfterTheTenthFailureUntilFifteenMinutesAfterTheLastOne() {
        fail("ada", "10.0.0.1", 9);
        clock.advance(Duration.ofMinutes(2));
        fail("ada", "10.0.0.2", 1);

        LoginThrottle.Decision decision = throttle.check("ada", "10.0.0.3");

        assertThat(decision.refused()).isTrue();
        assertThat(decision.refusedUntil())
                .isEqualTo(START.plus(Duration.ofMinutes(2)).plus(REFUSAL));
    }

    @Test
    void forgetsFailuresAfterAQuietWindow() {
        fail("ada", "10.0.0.1", 10);

        clock.advance(REFUSAL.plusSeconds(1));

        assertThat(throttle.check("ada", "10.0.0.1").refused()).isFalse();
        fail("ada", "10.0.0.1", 1);
        assertThat(throttle.check("ada", "10.0.0.1").delay())
                .as("counting starts again")
                .isZero();
    }

    @Test
    void countsTheUsernameWhateverItsCaseAndSpacing() {
        fail(" Ada ", "10.0.0.1", 5);
        fail("ADA", "10.0.0.2", 5);

        assertThat(throttle.check("ada", "10.0.0.3").refused()).isTrue();
        assertThat(throttle.check("bob", "10.0.0.3").refused()).isFalse();
    }

    @Test
    void allowsOneAddressFiveTimesTheFailuresOfOneUser() {
        for (int i = 0; i < 49; i++) {
            throttle.failed("learner" + i, "10.0.0.9");
        }
        assertThat(throttle.check("newcomer", "10.0.0.9").refused())
                .as("49 failures from a classroom")
                .isFalse();

        throttle.failed("learner49", "10.0.0.9");

        assertThat(throttle.check("newcomer", "10.0.0.9").refused()).isTrue();
        assertThat(throttle.check("newcomer", "10.0.0.10").refused()).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheUsersCountButNotTheAddressCount() {
        for (int i = 0; i < 45; i++) {
            throttle.failed("ada", "10.0.0.9");
        }

        throttle.succeeded("ada");

        assertThat(throttle.check("ada", "10.0.0.1").refused()).isFalse();
        assertThat(throttle.check("ada", "10.0.0.9").delay())
                .as("the address still has 45 failures, 9 in user terms")
                .isEqualTo(DELAY.multipliedBy(16));
    }
}
