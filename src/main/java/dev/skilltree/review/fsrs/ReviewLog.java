package dev.skilltree.review.fsrs;

import java.time.Instant;
import java.util.Objects;

/** One review as it happened: enough to replay a card's history. */
public record ReviewLog(Rating rating, Instant reviewedAt) {

    public ReviewLog {
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
    }
}
