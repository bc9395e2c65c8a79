package dev.skilltree.progress;

import dev.skilltree.web.Xml;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** The dashboard's SVG charts: a year of activity as a heatmap, and topics complete over time. */
final class ActivityCharts {

    private static final int CELL = 11;
    private static final int GAP = 2;

    private ActivityCharts() {}

    static String heatmap(Activity activity, String label) {
        LocalDate end = activity.today();
        LocalDate start = end.minusWeeks(52).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int weeks = (int) (ChronoUnit.DAYS.between(start, end) / 7) + 1;
        int width = weeks * (CELL + GAP);
        int height = 7 * (CELL + GAP);
        StringBuilder svg = open("heatmap", width, height, label);
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            int week = (int) (ChronoUnit.DAYS.between(start, day) / 7);
            int row = day.getDayOfWeek().getValue() - 1;
            int count = activity.on(day);
            int level = count == 0 ? 0 : count < 3 ? 1 : count < 6 ? 2 : count < 10 ? 3 : 4;
            svg.append("<rect x=\"")
                    .append(week * (CELL + GAP))
                    .append("\" y=\"")
                    .append(row * (CELL + GAP))
                    .append("\" width=\"")
                    .append(CELL)
                    .append("\" height=\"")
                    .append(CELL)
                    .append("\" rx=\"2\" class=\"level-")
                    .append(level)
                    .append("\" data-day=\"")
                    .append(day)
                    .append("\" data-count=\"")
                    .append(count)
                    .append("\"><title>")
                    .append(day)
                    .append(": ")
                    .append(count)
                    .append("</title></rect>");
        }
        return svg.append("</svg>").toString();
    }

    static String completion(Activity activity, int total, String label) {
        int width = 640;
        int height = 160;
        int pad = 28;
        List<Activity.Point> points = activity.completed();
        StringBuilder svg = open("chart", width, height, label);
        svg.append("<line class=\"axis\" x1=\"")
                .append(pad)
                .append("\" y1=\"")
                .append(height - pad)
                .append("\" x2=\"")
                .append(width - 4)
                .append("\" y2=\"")
                .append(height - pad)
                .append("\"/>");
        svg.append("<text class=\"tick\" x=\"2\" y=\"")
                .append(pad)
                .append("\">")
                .append(total)
                .append("</text>");
        svg.append("<text class=\"tick\" x=\"2\" y=\"").append(height - pad).append("\">0</text>");
        if (!points.isEmpty() && total > 0) {
            LocalDate first = points.getFirst().day();
            long span = Math.max(1, ChronoUnit.DAYS.between(first, activity.today()));
            StringBuilder d = new StringBuilder();
            int last = 0;
            for (Activity.Point p : points) {
                double x = pad + (width - pad - 8) * (double) ChronoUnit.DAYS.between(first, p.day()) / span;
                double y = (height - pad) - (height - 2 * pad) * (double) p.complete() / total;
                d.append(d.isEmpty() ? "M" : " L")
                        .append(Math.round(x))
                        .append(' ')
                        .append(Math.round(y));
                last = p.complete();
            }
            double yEnd = (height - pad) - (height - 2 * pad) * (double) last / total;
            d.append(" L").append(width - 8).append(' ').append(Math.round(yEnd));
            svg.append("<path class=\"line\" d=\"").append(d).append("\"/>");
            DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE;
            svg.append("<text class=\"tick\" x=\"")
                    .append(pad)
                    .append("\" y=\"")
                    .append(height - 8)
                    .append("\">")
                    .append(first.format(iso))
                    .append("</text>");
            svg.append("<text class=\"tick end\" x=\"")
                    .append(width - 8)
                    .append("\" y=\"")
                    .append(height - 8)
                    .append("\">")
                    .append(activity.today().format(iso))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
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
