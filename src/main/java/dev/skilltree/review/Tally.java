package dev.skilltree.review;

import dev.skilltree.review.fsrs.Rating;

/** How many cards a review session rated with each rating; it travels with the session's forms. */
record Tally(int again, int hard, int good, int easy) {

    static final Tally NONE = new Tally(0, 0, 0, 0);

    /** Reads {@code "again,hard,good,easy"}; anything else starts from nothing. */
    static Tally parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            return NONE;
        }
        try {
            return new Tally(count(parts[0]), count(parts[1]), count(parts[2]), count(parts[3]));
        } catch (NumberFormatException e) {
            return NONE;
        }
    }

    Tally with(Rating rating) {
        return add(rating, 1);
    }

    Tally without(Rating rating) {
        return add(rating, -1);
    }

    int total() {
        return again + hard + good + easy;
    }

    int of(Rating rating) {
        return switch (rating) {
            case AGAIN -> again;
            case HARD -> hard;
            case GOOD -> good;
            case EASY -> easy;
        };
    }

    @Override
    public String toString() {
        return again + "," + hard + "," + good + "," + easy;
    }

    private Tally add(Rating rating, int by) {
        return new Tally(
                Math.max(0, again + (rating == Rating.AGAIN ? by : 0)),
                Math.max(0, hard + (rating == Rating.HARD ? by : 0)),
                Math.max(0, good + (rating == Rating.GOOD ? by : 0)),
                Math.max(0, easy + (rating == Rating.EASY ? by : 0)));
    }

    private static int count(String part) {
        return Math.max(0, Math.min(100_000, Integer.parseInt(part.strip())));
    }
}
