package dev.skilltree.web;

/** How figures read on the pages. */
public final class Formats {

    private Formats() {}

    /** {@code 50%}, or {@code 0.5%} while a figure is not whole, so that early progress does not read as none. */
    public static String percent(double value) {
        return value == Math.rint(value) ? (long) value + "%" : String.format(java.util.Locale.ROOT, "%.1f%%", value);
    }
}
