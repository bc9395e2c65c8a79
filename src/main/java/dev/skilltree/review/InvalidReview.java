package dev.skilltree.review;

/** A rating or a setting the review cannot take. */
public class InvalidReview extends RuntimeException {

    private InvalidReview(String message) {
        super(message);
    }

    static InvalidReview unknownRating(String rating) {
        return new InvalidReview("Unknown rating '" + rating + "'; use one of again, hard, good, easy.");
    }

    static InvalidReview retention(double retention) {
        return new InvalidReview("Desired retention must be between 0.70 and 0.99, got " + retention + ".");
    }
}
