package dev.skilltree.review.fsrs;

/**
 * The FSRS-6 memory formulas: stability, difficulty, retrievability and the interval they imply.
 *
 * <p>The formulas follow py-fsrs 6.3.1 ({@code fsrs/scheduler.py}), with the same order of floating-point
 * operations so results agree with the reference to the last bit or so. Like the reference, e^x is computed
 * as {@code pow(e, x)} and intervals round half to even (Python's {@code round}).
 */
final class MemoryModel {

    static final double MIN_STABILITY = 0.001;
    static final double MIN_DIFFICULTY = 1.0;
    static final double MAX_DIFFICULTY = 10.0;

    private final double[] w;
    private final double decay;
    private final double factor;
    private final double desiredRetention;

    MemoryModel(Parameters parameters, double desiredRetention) {
        this.w = parameters.weights();
        this.decay = -parameters.decay();
        // chosen so that retrievability is exactly 0.9 after `stability` days
        this.factor = Math.pow(0.9, 1 / decay) - 1;
        this.desiredRetention = desiredRetention;
    }

    /** Probability of recall after {@code elapsedDays} whole days: (1 + factor·t/S)^(−w20). */
    double retrievability(long elapsedDays, double stability) {
        return Math.pow(1 + factor * elapsedDays / stability, decay);
    }

    /** Whole days until retrievability drops to the desired retention, at least 1 and at most the maximum. */
    long intervalDays(double stability, int maximumIntervalDays) {
        double days = (stability / factor) * (Math.pow(desiredRetention, 1 / decay) - 1);
        long rounded = (long) Math.rint(days);
        return Math.min(Math.max(rounded, 1), maximumIntervalDays);
    }

    /** S0(G) = w[G−1]. */
    double initialStability(Rating rating) {
        return clampStability(w[rating.grade() - 1]);
    }

    /** D0(G) = w4 − e^(w5·(G−1)) + 1. */
    double initialDifficulty(Rating rating, boolean clamp) {
        double difficulty = w[4] - exp(w[5] * (rating.grade() - 1)) + 1;
        return clamp ? clampDifficulty(difficulty) : difficulty;
    }

    /** Linear damping of ΔD = −w6·(G−3), then mean reversion towards D0(Easy) with weight w7. */
    double nextDifficulty(double difficulty, Rating rating) {
        double easyTarget = initialDifficulty(Rating.EASY, false);
        double delta = -(w[6] * (rating.grade() - 3));
        double damped = difficulty + (10.0 - difficulty) * delta / 9.0;
        return clampDifficulty(w[7] * easyTarget + (1 - w[7]) * damped);
    }

    /** Stability after a review on the same day as the previous one: S·e^(w17·(G−3+w18))·S^(−w19). */
    double shortTermStability(double stability, Rating rating) {
        double increase = exp(w[17] * ((rating.grade() - 3) + w[18])) * Math.pow(stability, -w[19]);
        if (rating == Rating.GOOD || rating == Rating.EASY) {
            increase = Math.max(increase, 1.0);
        }
        return clampStability(stability * increase);
    }

    /** Stability after a review at least a day after the previous one, given the recall probability then. */
    double nextStability(double difficulty, double stability, double retrievability, Rating rating) {
        double next = rating == Rating.AGAIN
                ? forgetStability(difficulty, stability, retrievability)
                : recallStability(difficulty, stability, retrievability, rating);
        return clampStability(next);
    }

    private double forgetStability(double difficulty, double stability, double retrievability) {
        double longTerm = w[11]
                * Math.pow(difficulty, -w[12])
                * (Math.pow(stability + 1, w[13]) - 1)
                * exp((1 - retrievability) * w[14]);
        double shortTerm = stability / exp(w[17] * w[18]);
        return Math.min(longTerm, shortTerm);
    }

    private double recallStability(double difficulty, double stability, double retrievability, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w[15] : 1;
        double easyBonus = rating == Rating.EASY ? w[16] : 1;
        return stability
                * (1
                        + exp(w[8])
                                * (11 - difficulty)
                                * Math.pow(stability, -w[9])
                                * (exp((1 - retrievability) * w[10]) - 1)
                                * hardPenalty
                                * easyBonus);
    }

    private static double exp(double x) {
        return Math.pow(Math.E, x);
    }

    private static double clampStability(double stability) {
        return Math.max(stability, MIN_STABILITY);
    }

    private static double clampDifficulty(double difficulty) {
        return Math.min(Math.max(difficulty, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }
}
