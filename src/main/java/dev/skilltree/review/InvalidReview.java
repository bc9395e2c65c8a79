package dev.skilltree.review;

/** A rating or a setting the review cannot take. */
public class InvalidReview extends RuntimeException {

    private InvalidReview(String message) {
        super(message);
    }

    static InvalidReview unknownRating(String rating) {
        return new InvalidReview("Unknown rating '" + rating + "'; use one of again, hard, good, easy.");
    }

    static InvalidReview required(String field, String what) {
        return new InvalidReview("'" + field + "' is required: " + what + ".");
    }

    static InvalidReview limit(int limit, int max) {
        return new InvalidReview("'limit' is 1 to " + max + ", got " + limit + ".");
    }

    static InvalidReview retention(double retention) {
        return new InvalidReview("Desired retention must be between 0.70 and 0.99, got " + retention + ".");
    }
}
