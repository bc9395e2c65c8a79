package dev.skilltree.review.fsrs;

/** How an interval reads on a rating button, as in Anki: {@code 1m}, {@code 10m}, {@code 2h}, {@code 3d}, {@code 1.5mo}, {@code 1.2y}. */
public final class Intervals {

    private Intervals() {}

    /** Whole minutes (at least one) under an hour, hours under a day, days under 30, then months of 30 days, then years. */
    public static String label(long seconds) {
        long minutes = Math.max(1, Math.round(seconds / 60.0));
        long hours = Math.round(seconds / 3600.0);
        double days = seconds / 86400.0;
        if (minutes < 60) {
            return minutes + "m";
        } else if (hours < 24) {
            return hours + "h";
        } else if (Math.round(days) < 30) {
            return Math.round(days) + "d";
        } else if (days < 365) {
            return tenths(days / 30) + "mo";
        }
        return tenths(days / 365) + "y";
    }

    private static String tenths(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? String.valueOf(tenths / 10) : tenths / 10 + "." + tenths % 10;
    }
}
