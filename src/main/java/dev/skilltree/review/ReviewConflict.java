package dev.skilltree.review;

/** A rating or undo that no longer fits the card: it was rated meanwhile, in another tab or on another device. */
public class ReviewConflict extends RuntimeException {

    private ReviewConflict(String message) {
        super(message);
    }

    static ReviewConflict ratedMeanwhile(String cardId) {
        return new ReviewConflict("Card '" + cardId + "' was rated meanwhile (in another tab or on another device);"
                + " it is not rated again. Load the due cards again.");
    }

    static ReviewConflict lastWasOther(String cardId, String last) {
        return new ReviewConflict("Your last rating was of card '" + last + "', not '" + cardId
                + "' (rated meanwhile in another tab or on another device); nothing was undone.");
    }
}
