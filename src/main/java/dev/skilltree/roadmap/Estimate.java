package dev.skilltree.roadmap;

/** Estimated study time in whole hours, {@code min <= max}. */
public record Estimate(int minHours, int maxHours) {

    public Estimate {
        if (minHours < 0 || maxHours < minHours) {
            throw new IllegalArgumentException("estimate must satisfy 0 <= min <= max: " + minHours + "-" + maxHours);
        }
    }

    public Estimate plus(Estimate other) {
        return new Estimate(minHours + other.minHours, maxHours + other.maxHours);
    }

    /** {@code 4-8}, or {@code 6} when min and max agree. */
    public String format() {
        return minHours == maxHours ? Integer.toString(minHours) : minHours + "-" + maxHours;
    }
}
