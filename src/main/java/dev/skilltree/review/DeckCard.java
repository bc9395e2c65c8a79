package dev.skilltree.review;

/** A card in a learner's deck: what it shows, from which roadmap, and when it is due. */
public record DeckCard(String roadmap, Card card, dev.skilltree.review.fsrs.Card schedule) {

    /** new, learning, review or relearning: a learning card never rated yet is new. */
    public String stateName() {
        return schedule.lastReview() == null ? "new" : schedule.state().name().toLowerCase();
    }
}
