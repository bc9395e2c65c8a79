package dev.skilltree.web;

/** How figures read on the pages. */
public final class Formats {

    private Formats() {}

    /** {@code 50%}, or {@code 0.5%} while a figure is not whole, so that early progress does not read as none. */
    public static String percent(double value) {
        return value == Math.rint(value) ? (long) value + "%" : String.format(java.util.Locale.ROOT, "%.1f%%", value);
    }

    /** Hours to one decimal, without a trailing {@code .0}: {@code 8}, {@code 2.5}. */
    public static String hours(double hours) {
        double tenths = Math.round(hours * 10) / 10.0;
        return tenths == Math.rint(tenths)
                ? String.valueOf((long) tenths)
                : String.format(java.util.Locale.ROOT, "%.1f", tenths);
    }

    /** {@code 2026-11-21 17:10 UTC}: when something happened, to the minute. */
    public static String dateTime(java.time.Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(java.time.ZoneOffset.UTC)
                .format(at);
    }

    /**
     * A moment as a {@code <time>} element: UTC text for readers without scripts, which app.js rewrites in the
     * browser's own time zone.
     */
    public static String timeHtml(java.time.Instant at) {
        return "<time class=\"local-time\" datetime=\"" + at + "\">" + dateTime(at) + "</time>";
    }

    /** A title for a page: escaped, with its inline code (in backticks) shown as code. */
    public static String titleHtml(String title) {
        return Xml.escape(title).replaceAll("`([^`]+)`", "<code>$1</code>");
    }

    /** A title for the graph and tooltips: its inline code as plain text. */
    public static String plainTitle(String title) {
        return title == null ? "" : title.replaceAll("`([^`]*)`", "$1");
    }
}
