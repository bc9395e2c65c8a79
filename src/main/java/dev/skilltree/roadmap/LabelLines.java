package dev.skilltree.roadmap;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimates how wide a graph label is drawn and wraps it into lines of a width, never cutting it: a line breaks at a
 * space, after a slash or hyphen, or between CJK characters, and only a word longer than a whole line is split.
 * Widths are for the graph's 13 px labels, on the generous side so that drawn text stays inside its box.
 */
final class LabelLines {

    private static final String NO_BREAK_BEFORE = "，。、）：；！？》」』,.;:)]}";

    private LabelLines() {}

    static double titleWidth(Text title) {
        return Math.max(textWidth(plain(title.zh())), textWidth(plain(title.en())));
    }

    static String plain(String title) {
        return title == null ? "" : title.replaceAll("`([^`]*)`", "$1");
    }

    static double textWidth(String text) {
        return text.codePoints().mapToDouble(LabelLines::charWidth).sum();
    }

    static double charWidth(int c) {
        boolean wide = Character.isIdeographic(c)
                || (c >= 0x1100 && c <= 0x115F)
                || (c >= 0x2E80 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6);
        return wide ? 14 : 7.5;
    }

    /** The whole text in as many lines of {@code width} as it needs. */
    static List<String> lines(String text, double width) {
        String rest = text.strip();
        List<String> lines = new ArrayList<>();
        while (textWidth(rest) > width) {
            int fits = fitting(rest, width);
            int cut = fits;
            while (cut > 0 && !breakable(rest, cut)) {
                cut--;
            }
            cut = cut == 0 ? Math.max(fits, 1) : cut;
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty() || lines.isEmpty()) {
            lines.add(rest);
        }
        return lines;
    }

    private static int fitting(String text, double width) {
        double used = 0;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            used += charWidth(c);
            if (used > width) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static boolean breakable(String text, int at) {
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        if (Character.isLowSurrogate(after) || NO_BREAK_BEFORE.indexOf(after) >= 0) {
            return false;
        }
        return Character.isWhitespace(before)
                || Character.isWhitespace(after)
                || charWidth(before) > 10
                || charWidth(after) > 10
                || before == '/'
                || before == '-';
    }
}
