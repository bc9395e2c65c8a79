package dev.skilltree.review.fsrs;

import java.util.Objects;

/** The card after a review, and the log entry recording that review. */
public record ReviewResult(Card card, ReviewLog log) {

    public ReviewResult {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(log, "log");
    }
}
