package dev.skilltree.roadmap;

import dev.skilltree.web.Formats;
import dev.skilltree.web.Xml;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Draws a {@link RoadmapGraph} as SVG; colours come from the page's stylesheet through the classes. */
final class GraphSvg {

    static final double MIN_BOX_WIDTH = 120;
    static final double MAX_BOX_WIDTH = 260;
    static final double TEXT_PADDING = 12;
    private static final double LINE_HEIGHT = 16;
    private static final String NO_BREAK_BEFORE = "，。、）：；！？》」』,.;:)]}";
    private static final String ARROW = "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\""
            + " markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\">"
            + "<path class=\"edge-arrow\" d=\"M0,0L10,5L0,10z\" fill=\"context-stroke\"/></marker></defs>";

    private final RoadmapGraph graph;
    private final Function<String, String> statusOf;
    private final Function<String, String> href;
    private final Function<String, String> titleOf;
    private final Function<String, RoadmapGraph.Badge> badgeOf;
    private final Map<String, String> groupOf = new HashMap<>();
    private final StringBuilder out = new StringBuilder();

    GraphSvg(
            RoadmapGraph graph,
            Function<String, String> statusOf,
            Function<String, String> href,
            Function<String, String> titleOf,
            Function<String, RoadmapGraph.Badge> badgeOf) {
        this.graph = graph;
        this.badgeOf = badgeOf;
        this.statusOf = statusOf;
        this.href = href;
        this.titleOf = titleOf;
        graph.boxes().stream().filter(b -> b.group() != null).forEach(b -> groupOf.put(b.id(), b.group()));
    }

    String render(String label) {
        String w = number(graph.width());
        String h = number(graph.height());
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %s %s\" width=\"%s\" height=\"%s\""
                        .formatted(w, h, w, h))
                .append(" class=\"roadmap-graph\" role=\"group\" aria-label=\"%s\" font-size=\"13\">"
                        .formatted(Xml.escape(label)))
                .append(ARROW);
        graph.groups().forEach(this::group);
        out.append("<g class=\"edges\">");
        graph.edges().forEach(this::edge);
        out.append("</g>");
        graph.boxes().forEach(this::box);
        return out.append("</svg>").toString();
    }

    private void group(RoadmapGraph.Group g) {
        out.append("<g class=\"group\" data-group=\"%s\">".formatted(Xml.escape(g.id())));
        rect("group-box", g.x(), g.y(), g.w(), g.h(), 10);
        out.append("<text class=\"group-title\" x=\"%s\" y=\"%s\" dominant-baseline=\"central\">%s</text></g>"
                .formatted(
                        number(g.title().x()),
                        number(g.title().y()),
                        Xml.escape(Formats.plainTitle(titleOf.apply(g.id())))));
    }

    private void edge(RoadmapGraph.Edge e) {
        boolean across = !Objects.equals(groupOf.get(e.from()), groupOf.get(e.to()));
        StringBuilder d = new StringBuilder();
        for (RoadmapGraph.Point p : e.points()) {
            d.append(d.isEmpty() ? "M" : " L").append(number(p.x())).append(' ').append(number(p.y()));
        }
        out.append("<path class=\"edge%s\" data-from=\"%s\" data-to=\"%s\" d=\"%s\" marker-end=\"url(#arrow)\"/>"
                .formatted(across ? " edge-across" : "", Xml.escape(e.from()), Xml.escape(e.to()), d));
    }

    private void box(RoadmapGraph.Box b) {
        String title = Formats.plainTitle(titleOf.apply(b.id()));
        String status = Objects.requireNonNullElse(statusOf.apply(b.id()), "todo");
        RoadmapGraph.Badge badge = badgeOf.apply(b.id());
        String tooltip = badge == null ? title : title + " · " + badge.description();
        out.append("<a href=\"%s\" class=\"node-link\" data-node=\"%s\">"
                        .formatted(Xml.escape(href.apply(b.id())), Xml.escape(b.id())))
                .append("<g class=\"node status-%s kind-%s\"><title>%s</title>"
                        .formatted(Xml.escape(status), b.kind().code(), Xml.escape(tooltip)));
        rect(null, b.x(), b.y(), b.w(), b.h(), 6);
        if (badge != null) {
            out.append("<text class=\"node-badge%s\" x=\"%s\" y=\"%s\" text-anchor=\"end\">%s</text>"
                    .formatted(
                            badge.complete() ? " complete" : "",
                            number(b.x() + b.w() - 4),
                            number(b.y() + 11),
                            Xml.escape(badge.text())));
        }
        List<String> lines = lines(title, b.w() - 2 * TEXT_PADDING);
        double y = b.y() + b.h() / 2 - (lines.size() - 1) * LINE_HEIGHT / 2;
        out.append("<text text-anchor=\"middle\" dominant-baseline=\"central\">");
        for (String line : lines) {
            out.append("<tspan x=\"%s\" y=\"%s\">%s</tspan>"
                    .formatted(number(b.x() + b.w() / 2), number(y), Xml.escape(line)));
            y += LINE_HEIGHT;
        }
        out.append("</text></g></a>");
    }

    private void rect(String cssClass, double x, double y, double w, double h, int radius) {
        out.append("<rect%s x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"%d\"/>"
                .formatted(
                        cssClass == null ? "" : " class=\"" + cssClass + "\"",
                        number(x),
                        number(y),
                        number(w),
                        number(h),
                        radius));
    }

    static double titleWidth(Text title) {
        return Math.max(textWidth(title.zh()), textWidth(title.en()));
    }

    static double textWidth(String text) {
        return text.codePoints().mapToDouble(GraphSvg::charWidth).sum();
    }

    private static double charWidth(int c) {
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

    /** The text in at most two lines of {@code width}, broken at a space or CJK character, "…" if cut. */
    static List<String> lines(String text, double width) {
        String rest = text.strip();
        List<String> lines = new ArrayList<>();
        if (textWidth(rest) > width) {
            int fits = fitting(rest, width);
            int cut = fits;
            while (cut > 0 && !breakable(rest, cut)) {
                cut--;
            }
            cut = cut == 0 ? Math.max(fits, 1) : cut;
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        lines.add(ellipsize(rest, width));
        return lines;
    }

    private static String ellipsize(String text, double width) {
        if (textWidth(text) <= width) {
            return text;
        }
        return text.substring(0, fitting(text, width - charWidth('…'))).strip() + "…";
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

    private static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded)
                ? Long.toString((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded);
    }
}
