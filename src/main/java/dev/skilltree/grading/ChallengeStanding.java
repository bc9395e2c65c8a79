package dev.skilltree.grading;

/** Where a learner stands on a challenge, from their finished submissions. */
public enum ChallengeStanding {
    NOT_TRIED,
    FAILED,
    PASSED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
