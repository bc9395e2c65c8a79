package dev.skilltree.web;

/** How figures read on the pages. */
public final class Formats {

    private Formats() {}

    /** {@code 50%}, or {@code 0.5%} while a figure is not whole, so that early progress does not read as none. */
    public static String percent(double value) {
        return value == Math.rint(value) ? (long) value + "%" : String.format(java.util.Locale.ROOT, "%.1f%%", value);
    }

    /** {@code 2026-11-21 17:10 UTC}: when something happened, to the minute. */
    public static String dateTime(java.time.Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(java.time.ZoneOffset.UTC)
                .format(at);
    }
}
