package dev.skilltree.review.fsrs;

import java.time.Instant;
import java.util.Objects;

/**
 * The scheduling state of one card.
 *
 * @param state      learning, review or relearning
 * @param step       index into the (re)learning steps; {@code null} exactly when the card is in review
 * @param stability  days until recall probability falls to 90%; {@code null} until the first review
 * @param difficulty 1 (easiest) to 10; {@code null} until the first review
 * @param due        when the card should next be reviewed
 * @param lastReview when it was last reviewed; {@code null} for a new card
 */
public record Card(State state, Integer step, Double stability, Double difficulty, Instant due, Instant lastReview) {

    public Card {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(due, "due");
        if (state == State.REVIEW && step != null) {
            throw new IllegalArgumentException("a card in review has no step, got step " + step);
        }
        if (state != State.REVIEW && (step == null || step < 0)) {
            throw new IllegalArgumentException("a " + state + " card needs a step of 0 or more, got " + step);
        }
        if ((stability == null) != (difficulty == null)) {
            throw new IllegalArgumentException("stability and difficulty are set together or not at all");
        }
        if (stability == null && state != State.LEARNING) {
            throw new IllegalArgumentException("a " + state + " card needs a stability and a difficulty");
        }
    }

    /** A card never reviewed, due at {@code due}. */
    public static Card newCard(Instant due) {
        return new Card(State.LEARNING, 0, null, null, due, null);
    }

    /** Whether stability and difficulty have been set by a first review. */
    public boolean hasMemoryState() {
        return stability != null;
    }
}
