package dev.skilltree.plan;

final class Hours {

    private Hours() {}

    /** Minutes as hours rounded to 0.01, for output only; sums are always taken over minutes. */
    static double of(long minutes) {
        return Math.round(minutes * 100.0 / 60.0) / 100.0;
    }

    static long toMinutes(double hours) {
        return Math.round(hours * 60);
    }
}
