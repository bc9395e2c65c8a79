package dev.skilltree.review.fsrs;

import java.time.Instant;

/**
 * One review in a simulation.
 *
 * @param intervalDays whole days from this review to the next due time (0 for a step of minutes)
 */
public record SimulatedReview(
        Rating rating,
        Instant reviewedAt,
        State state,
        long intervalDays,
        double stability,
        double difficulty,
        Instant due) {}
