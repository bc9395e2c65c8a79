package dev.skilltree.grading.submission;

import dev.skilltree.grading.Limits;
import java.time.Duration;
import java.time.Instant;

/** A submission queued or being graded: what the per-learner cap counts and the queue view shows. */
public record InFlight(long id, long userId, String challenge, boolean running, Instant queuedAt, Instant startedAt) {

    /**
     * How long until it has surely finished, at the latest: a run is stopped at its wall-clock limit, so a running
     * one has what is left of that limit, and a queued one the whole limit once a worker takes it up.
     */
    Duration leftAtMost(Limits limits, Instant now) {
        Duration limit = Duration.ofSeconds(limits.wallSeconds());
        if (!running || startedAt == null) {
            return limit;
        }
        Duration left = limit.minus(Duration.between(startedAt, now));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
