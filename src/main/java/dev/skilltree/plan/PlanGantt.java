package dev.skilltree.plan;

import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.web.Formats;
import dev.skilltree.web.Xml;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plan as an SVG Gantt chart: a row per topic from its first to its last study day, coloured by the roadmap
 * stage it belongs to (done ones marked), a diamond per milestone, a tick on the first of each month and a line
 * on today.
 */
final class PlanGantt {

    private static final int WIDTH = 960;
    private static final int LABEL = 280;
    private static final int ROW = 18;
    private static final int HEAD = 22;
    private static final double MIN_PER_DAY = 2;
    private static final double MONTH_LABEL = 56;

    private PlanGantt() {}

    static String svg(PlanView view, String lang, String label) {
        Plan plan = view.plan();
        LocalDate first = plan.start();
        LocalDate last = plan.projectedFinish().isAfter(first) ? plan.projectedFinish() : first.plusDays(1);
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        // a long plan gets at least 2 px a day and scrolls sideways rather than squeezing its bars together
        double perDay = Math.max(MIN_PER_DAY, (double) (WIDTH - LABEL - 10) / days);
        int width = (int) Math.ceil(LABEL + days * perDay + 10);
        int everyMonths = (int) Math.ceil(MONTH_LABEL / (30 * perDay));
        List<Row> rows = rows(plan);
        // a stage test is studied like a topic, and its bar ends in a milestone's diamond
        java.util.Set<String> stageTests = view.milestones().stream()
                .map(Milestone::topicId)
                .filter(id -> plan.item(id).isPresent())
                .collect(java.util.stream.Collectors.toSet());
        Map<String, Integer> stages = stages(view.roadmap());
        int height = HEAD + rows.size() * ROW + 4;
        StringBuilder svg = new StringBuilder()
                .append("<svg class=\"plan-gantt\" role=\"img\" aria-label=\"")
                .append(Xml.escape(label))
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(width)
                .append("\">");
        int n = 0;
        for (LocalDate month = first.withDayOfMonth(1).plusMonths(1);
                !month.isAfter(last);
                month = month.plusMonths(1)) {
            double x = LABEL + ChronoUnit.DAYS.between(first, month) * perDay;
            svg.append(line("month", x, HEAD - 6, x, height));
            if (n++ % everyMonths == 0) {
                svg.append(text("month-label", x + 2, 12, month.toString().substring(0, 7)));
            }
        }
        int y = HEAD;
        for (Row row : rows) {
            String stage = "stage-" + stages.getOrDefault(row.topicId(), 0) % 6;
            String done = view.isComplete(row.topicId()) ? " done" : "";
            String title = Formats.plainTitle(view.title(row.topicId(), lang));
            svg.append(text("topic", 4, y + 13, title.length() > 38 ? title.substring(0, 37) + "…" : title));
            double x = LABEL + ChronoUnit.DAYS.between(first, row.start()) * perDay;
            if (row.milestone()) {
                svg.append(diamond(x + perDay / 2, y, done, title, row.start()));
            } else {
                double w = Math.max(3, (ChronoUnit.DAYS.between(row.start(), row.end()) + 1) * perDay);
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect class=\"bar %s%s\" data-node=\"%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\""
                                + " rx=\"3\"><title>%s · %s – %s · %s h</title></rect>",
                        stage,
                        done,
                        Xml.escape(row.topicId()),
                        x,
                        y + 3,
                        w,
                        ROW - 6,
                        Xml.escape(title),
                        row.start(),
                        row.end(),
                        Formats.hours(row.hours())));
                if (stageTests.contains(row.topicId())) {
                    svg.append(diamond(x + w, y, done, title, row.end()));
                }
            }
            y += ROW;
        }
        if (!view.today().isBefore(first) && !view.today().isAfter(last)) {
            double x = LABEL + (ChronoUnit.DAYS.between(first, view.today()) + 0.5) * perDay;
            svg.append(line("today", x, HEAD - 8, x, height));
        }
        return svg.append("</svg>").toString();
    }

    private record Row(String topicId, LocalDate start, LocalDate end, double hours, boolean milestone) {}

    private static List<Row> rows(Plan plan) {
        List<Row> rows = new ArrayList<>();
        plan.items().forEach(i -> rows.add(new Row(i.topicId(), i.start(), i.end(), i.hours(), false)));
        plan.milestones().forEach(m -> rows.add(new Row(m.topicId(), m.date(), m.date(), 0, true)));
        rows.sort(Comparator.comparing(Row::start).thenComparing(Row::end));
        return rows;
    }

    /** Each node's stage: the index, in roadmap order, of its topmost ancestor. */
    private static Map<String, Integer> stages(Roadmap roadmap) {
        Map<String, Integer> topIndex = new LinkedHashMap<>();
        for (Node node : roadmap.nodes()) {
            if (node.parentId() == null) {
                topIndex.put(node.id(), topIndex.size());
            }
        }
        Map<String, Integer> stages = new LinkedHashMap<>();
        for (Node node : roadmap.nodes()) {
            Node top = node;
            while (top.parentId() != null && roadmap.node(top.parentId()).isPresent()) {
                top = roadmap.node(top.parentId()).orElseThrow();
            }
            stages.put(node.id(), topIndex.getOrDefault(top.id(), 0));
        }
        return stages;
    }

    private static String diamond(double x, int y, String done, String title, LocalDate date) {
        return String.format(
                Locale.ROOT,
                "<path class=\"milestone%s\" d=\"M%.1f %d l6 6 l-6 6 l-6 -6 z\"><title>%s · %s</title></path>",
                done,
                x,
                y + 2,
                Xml.escape(title),
                date);
    }

    private static String line(String css, double x1, double y1, double x2, double y2) {
        return String.format(
                Locale.ROOT,
                "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                css,
                x1,
                y1,
                x2,
                y2);
    }

    private static String text(String css, double x, double y, String text) {
        return String.format(
                Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\">%s</text>", css, x, y, Xml.escape(text));
    }
}
