package dev.skilltree.progress;

import dev.skilltree.web.Xml;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's SVG charts: a year of activity as a heatmap with its months, weekdays and a legend, and topics
 * complete over time with labelled axes and a legend. Every word in them comes in through {@link Words}.
 */
final class ActivityCharts {

    /** The chart's words in the reader's language. */
    record Words(
            Locale locale,
            String heatmap,
            String less,
            String more,
            String chart,
            String dateAxis,
            String completeAxis,
            String completeLegend) {}

    private static final int CELL = 11;
    private static final int STEP = CELL + 2;
    private static final int LEFT = 30;
    private static final int TOP = 16;
    /** The upper bounds of the heatmap's levels 0–3; more is level 4. */
    private static final int[] LEVELS = {0, 2, 5, 9};

    private ActivityCharts() {}

    static String heatmap(Activity activity, Words words) {
        LocalDate end = activity.today();
        LocalDate start = end.minusWeeks(52).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int weeks = (int) (ChronoUnit.DAYS.between(start, end) / 7) + 1;
        int width = LEFT + weeks * STEP;
        int height = TOP + 7 * STEP + 26;
        StringBuilder svg = open("heatmap", width, height, words.heatmap());
        for (LocalDate monday = start; !monday.isAfter(end); monday = monday.plusWeeks(1)) {
            LocalDate first = monday.withDayOfMonth(1).plusMonths(monday.getDayOfMonth() == 1 ? 0 : 1);
            int week = (int) (ChronoUnit.DAYS.between(start, monday) / 7);
            if (first.isBefore(monday.plusDays(7)) && week < weeks - 2) {
                text(
                        svg,
                        "month",
                        LEFT + week * STEP,
                        TOP - 5,
                        first.getMonth().getDisplayName(TextStyle.SHORT, words.locale()));
            }
        }
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)) {
            text(
                    svg,
                    "weekday",
                    0,
                    TOP + (day.getValue() - 1) * STEP + CELL - 1,
                    day.getDisplayName(TextStyle.SHORT, words.locale()));
        }
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            int week = (int) (ChronoUnit.DAYS.between(start, day) / 7);
            int count = activity.on(day);
            cell(svg, LEFT + week * STEP, TOP + (day.getDayOfWeek().getValue() - 1) * STEP, "level-" + level(count))
                    .append(" data-day=\"")
                    .append(day)
                    .append("\" data-count=\"")
                    .append(count)
                    .append("\"><title>")
                    .append(day)
                    .append(": ")
                    .append(count)
                    .append("</title></rect>");
        }
        int y = TOP + 7 * STEP + 10;
        int x = width - 34 - 5 * STEP;
        svg.append("<g class=\"legend\">");
        text(svg, "legend-less end", x - 4, y + CELL - 1, words.less());
        for (int level = 0; level <= 4; level++) {
            String range = level == 0
                    ? "0"
                    : level == 4 ? (LEVELS[3] + 1) + "+" : (LEVELS[level - 1] + 1) + "–" + LEVELS[level];
            cell(svg, x + level * STEP, y, "key-" + level)
                    .append("><title>")
                    .append(range)
                    .append("</title></rect>");
        }
        text(svg, "legend-more", x + 5 * STEP + 3, y + CELL - 1, words.more());
        return svg.append("</g></svg>").toString();
    }

    static int level(int count) {
        for (int level = 0; level < LEVELS.length; level++) {
            if (count <= LEVELS[level]) {
                return level;
            }
        }
        return 4;
    }

    static String completion(Activity activity, Words words) {
        CompletionScale scale = CompletionScale.of(activity, 640, 220);
        StringBuilder svg = open("chart", 640, 220, words.chart());
        svg.append("<g class=\"legend\"><line class=\"line\" x1=\"")
                .append(CompletionScale.LEFT)
                .append("\" y1=\"10\" x2=\"")
                .append(CompletionScale.LEFT + 24)
                .append("\" y2=\"10\"/>");
        text(svg, "legend-label", CompletionScale.LEFT + 30, 14, words.completeLegend());
        svg.append("</g>");
        svg.append("<line class=\"axis\" x1=\"")
                .append(CompletionScale.LEFT)
                .append("\" y1=\"")
                .append(scale.bottom())
                .append("\" x2=\"")
                .append(scale.right())
                .append("\" y2=\"")
                .append(scale.bottom())
                .append("\"/>");
        svg.append("<line class=\"axis\" x1=\"")
                .append(CompletionScale.LEFT)
                .append("\" y1=\"")
                .append(CompletionScale.TOP)
                .append("\" x2=\"")
                .append(CompletionScale.LEFT)
                .append("\" y2=\"")
                .append(scale.bottom())
                .append("\"/>");
        for (int value : scale.yTicks()) {
            long y = Math.round(scale.y(value));
            svg.append("<line class=\"grid\" x1=\"")
                    .append(CompletionScale.LEFT)
                    .append("\" y1=\"")
                    .append(y)
                    .append("\" x2=\"")
                    .append(scale.right())
                    .append("\" y2=\"")
                    .append(y)
                    .append("\"/>");
            text(svg, "tick y-tick end", CompletionScale.LEFT - 6, y + 4, Integer.toString(value));
        }
        for (LocalDate day : scale.xTicks()) {
            String anchor = day.equals(scale.today()) ? "end" : day.equals(scale.start()) ? "start" : "middle";
            text(svg, "tick x-tick " + anchor, Math.round(scale.x(day)), scale.bottom() + 16, scale.label(day));
        }
        text(svg, "axis-title x-title middle", (CompletionScale.LEFT + scale.right()) / 2, 214, words.dateAxis());
        svg.append("<text class=\"axis-title y-title middle\" transform=\"translate(12 ")
                .append((CompletionScale.TOP + scale.bottom()) / 2)
                .append(") rotate(-90)\">")
                .append(Xml.escape(words.completeAxis()))
                .append("</text>");
        svg.append("<path class=\"line\" d=\"")
                .append(scale.path(activity.completed()))
                .append("\"/>");
        for (Activity.Point p : activity.completed()) {
            if (!p.day().isBefore(scale.start())) {
                svg.append("<circle class=\"point\" r=\"3\" cx=\"")
                        .append(Math.round(scale.x(p.day())))
                        .append("\" cy=\"")
                        .append(Math.round(scale.y(p.complete())))
                        .append("\"><title>")
                        .append(p.day())
                        .append(": ")
                        .append(p.complete())
                        .append("</title></circle>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** A square of the heatmap: a day's ({@code level-N}) or the legend's ({@code key-N}). */
    private static StringBuilder cell(StringBuilder svg, int x, int y, String cssClass) {
        return svg.append("<rect x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(CELL)
                .append("\" height=\"")
                .append(CELL)
                .append("\" rx=\"2\" class=\"")
                .append(cssClass)
                .append('"');
    }

    private static void text(StringBuilder svg, String cssClass, long x, long y, String text) {
        svg.append("<text class=\"")
                .append(cssClass)
                .append("\" x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\">")
                .append(Xml.escape(text))
                .append("</text>");
    }

    private static StringBuilder open(String cssClass, int width, int height, String label) {
        return new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"")
                .append(cssClass)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-label=\"")
                .append(Xml.escape(label))
                .append("\">");
    }
}
