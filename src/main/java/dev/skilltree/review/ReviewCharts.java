package dev.skilltree.review;

import dev.skilltree.web.Xml;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The review figures as small SVG charts: days as columns, states as rows, retention against its target. */
final class ReviewCharts {

    private static final int WIDTH = 600;
    private static final int HEIGHT = 140;
    private static final int AXIS = 18;

    private ReviewCharts() {}

    /** One column per day; the tallest is the chart's height, each column titled with its date and count. */
    static String days(List<ReviewStats.Day> days, String label, String kind) {
        int max =
                Math.max(1, days.stream().mapToInt(ReviewStats.Day::count).max().orElse(0));
        double slot = (double) WIDTH / days.size();
        StringBuilder svg = open(WIDTH, HEIGHT + AXIS, label, "chart-" + kind);
        for (int i = 0; i < days.size(); i++) {
            ReviewStats.Day day = days.get(i);
            double h = (double) day.count() / max * HEIGHT;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"bar-%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s: %d</title></rect>",
                    kind,
                    i * slot + 1,
                    HEIGHT - h,
                    slot - 2,
                    h,
                    day.date(),
                    day.count()));
        }
        svg.append(text(0, HEIGHT + 14, "start", days.getFirst().date().toString()));
        svg.append(text(WIDTH, HEIGHT + 14, "end", days.getLast().date().toString()));
        svg.append(text(0, 12, "start", "max " + max));
        return svg.append("</svg>").toString();
    }

    /** One row per state, with its name and count. */
    static String states(Map<String, String> names, Map<String, Integer> counts, String label) {
        int max = Math.max(
                1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        int row = 26;
        StringBuilder svg = open(WIDTH, row * counts.size(), label, "chart-states");
        int y = 0;
        for (var entry : counts.entrySet()) {
            double w = (double) entry.getValue() / max * (WIDTH - 220);
            svg.append(text(0, y + 17, "start", names.get(entry.getKey())));
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"state-%s\" x=\"140\" y=\"%d\" width=\"%.1f\" height=\"18\"></rect>",
                    entry.getKey(),
                    y + 3,
                    w));
            svg.append(text(146 + w, y + 17, "start", String.valueOf(entry.getValue())));
            y += row;
        }
        return svg.append("</svg>").toString();
    }

    /** Retention as a bar out of 100%, with a mark at the desired retention. */
    static String retention(Double rate, double desired, String label) {
        StringBuilder svg = open(WIDTH, 44, label, "chart-retention");
        svg.append("<rect class=\"track\" x=\"0\" y=\"6\" width=\"" + WIDTH + "\" height=\"18\"></rect>");
        if (rate != null) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"value\" x=\"0\" y=\"6\" width=\"%.1f\" height=\"18\"></rect>",
                    rate * WIDTH));
        }
        double mark = desired * WIDTH;
        svg.append(String.format(
                Locale.ROOT, "<line class=\"target\" x1=\"%.1f\" x2=\"%.1f\" y1=\"0\" y2=\"30\"></line>", mark, mark));
        svg.append(text(mark, 42, "middle", Math.round(desired * 100) + "%"));
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height, String label, String css) {
        return new StringBuilder()
                .append("<svg class=\"review-chart ")
                .append(css)
                .append("\" role=\"img\" aria-label=\"")
                .append(Xml.escape(label))
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" preserveAspectRatio=\"xMinYMin meet\">");
    }

    private static String text(double x, double y, String anchor, String text) {
        return String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>",
                x,
                y,
                anchor,
                Xml.escape(text));
    }
}
