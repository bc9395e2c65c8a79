package dev.skilltree.review.fsrs;

/** Where a card is in its schedule: going through (re)learning steps, or on day intervals. */
public enum State {
    LEARNING(1),
    REVIEW(2),
    RELEARNING(3);

    private final int code;

    State(int code) {
        this.code = code;
    }

    /** The number FSRS implementations store for this state (1, 2 or 3). */
    public int code() {
        return code;
    }

    public static State ofCode(int code) {
        for (State state : values()) {
            if (state.code == code) {
                return state;
            }
        }
        throw new IllegalArgumentException(
                "a card state code is 1 (learning), 2 (review) or 3 (relearning), got " + code);
    }
}
