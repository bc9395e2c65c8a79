package dev.skilltree.plan;

/** An estimate of study hours, {@code min} to {@code max}; a single figure has {@code min == max}. */
public record HoursRange(double min, double max) {

    static final double MAX_HOURS = 100_000;

    public HoursRange {
        if (!(min >= 0) || !(max >= min) || max > MAX_HOURS) {
            throw InvalidPlan.field(
                    "estimate", "must satisfy 0 <= min <= max <= " + (int) MAX_HOURS + ", was " + min + "–" + max);
        }
    }

    double midpoint() {
        return (min + max) / 2;
    }
}
