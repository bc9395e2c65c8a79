package dev.skilltree.review.fsrs;

import java.util.random.RandomGenerator;

/**
 * Spreads review intervals a little so cards learned together do not stay together.
 *
 * <p>Same ranges and rounding as py-fsrs 6.3.1: intervals under 2.5 days are left alone; otherwise the
 * spread is 1 day plus 15% of the part of the interval between 2.5 and 7 days, 10% of the part between
 * 7 and 20 days and 5% of the part beyond 20 days.
 */
final class Fuzz {

    private static final double[][] RANGES = {
        // start, end, factor
        {2.5, 7.0, 0.15},
        {7.0, 20.0, 0.10},
        {20.0, Double.POSITIVE_INFINITY, 0.05},
    };

    record Range(long minDays, long maxDays) {}

    private Fuzz() {}

    static Range range(long intervalDays, int maximumIntervalDays) {
        double delta = 1.0;
        for (double[] range : RANGES) {
            delta += range[2] * Math.max(Math.min((double) intervalDays, range[1]) - range[0], 0.0);
        }
        long min = (long) Math.rint(intervalDays - delta);
        long max = (long) Math.rint(intervalDays + delta);
        min = Math.max(2, min);
        max = Math.min(max, maximumIntervalDays);
        min = Math.min(min, max);
        return new Range(min, max);
    }

    /**
     * Draws one uniform double and maps it onto the range. As in the reference, the draw is rounded half to
     * even after scaling to max − min + 1 days, so the result can be one day past the range's top.
     */
    static long apply(long intervalDays, int maximumIntervalDays, RandomGenerator random) {
        if (intervalDays < 2.5) {
            return intervalDays;
        }
        Range range = range(intervalDays, maximumIntervalDays);
        double fuzzed = random.nextDouble() * (range.maxDays() - range.minDays() + 1) + range.minDays();
        return Math.min((long) Math.rint(fuzzed), maximumIntervalDays);
    }
}
