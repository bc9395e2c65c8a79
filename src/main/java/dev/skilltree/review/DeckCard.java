package dev.skilltree.review;

import java.util.Locale;

/** A card in a learner's deck: what it shows, from which roadmap, and when it is due. */
public record DeckCard(String roadmap, Card card, dev.skilltree.review.fsrs.Card schedule) {

    public String stateName() {
        return stateName(schedule);
    }

    /** new, learning, review or relearning: a card never rated yet is new. */
    static String stateName(dev.skilltree.review.fsrs.Card schedule) {
        return schedule.lastReview() == null ? "new" : schedule.state().name().toLowerCase(Locale.ROOT);
    }
}
