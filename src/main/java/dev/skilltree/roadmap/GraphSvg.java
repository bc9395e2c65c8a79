package dev.skilltree.roadmap;

import dev.skilltree.web.Formats;
import dev.skilltree.web.Xml;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Draws a {@link RoadmapGraph} as SVG; colours come from the page's stylesheet through the classes. Every box
 * carries what the page's script needs to light up its prerequisites and dependents: the boxes before and after
 * it, and the edges that lead there.
 */
final class GraphSvg {

    private static final String ARROW = "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\""
            + " markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\">"
            + "<path class=\"edge-arrow\" d=\"M0,0L10,5L0,10z\" fill=\"context-stroke\"/></marker></defs>";

    private final RoadmapGraph graph;
    private final RoadmapGraph.Marks marks;
    private final StringBuilder out = new StringBuilder();

    GraphSvg(RoadmapGraph graph, RoadmapGraph.Marks marks) {
        this.graph = graph;
        this.marks = marks;
    }

    String render(String label) {
        String w = number(graph.width());
        String h = number(graph.height());
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %s %s\" width=\"%s\" height=\"%s\""
                        .formatted(w, h, w, h))
                .append(" class=\"roadmap-graph\" role=\"group\" aria-label=\"%s\" font-size=\"13\""
                        .formatted(Xml.escape(label)));
        if (marks.focus() != null) {
            out.append(" data-focus=\"%s\"".formatted(Xml.escape(marks.focus())));
        }
        out.append(">").append(ARROW);
        graph.groups().forEach(this::group);
        graph.frames().forEach(this::frame);
        out.append("<g class=\"edges\">");
        for (int i = 0; i < graph.edges().size(); i++) {
            edge(i, graph.edges().get(i));
        }
        out.append("</g>");
        graph.boxes().forEach(this::box);
        return out.append("</svg>").toString();
    }

    private String title(String id) {
        return Formats.plainTitle(marks.titleOf().apply(id));
    }

    private void group(RoadmapGraph.Group g) {
        out.append("<g class=\"group\" data-group=\"%s\">".formatted(Xml.escape(g.id())));
        rect("group-box", g.x(), g.y(), g.w(), g.h(), 10);
        out.append("<text class=\"group-title\" x=\"%s\" y=\"%s\" dominant-baseline=\"central\">%s</text></g>"
                .formatted(number(g.title().x()), number(g.title().y()), Xml.escape(title(g.id()))));
    }

    /** An open area's frame; its title is a button that closes the area again. */
    private void frame(RoadmapGraph.Frame f) {
        String title = title(f.id());
        out.append("<g class=\"area-frame\" data-area=\"%s\">".formatted(Xml.escape(f.id())));
        rect("frame-box", f.x(), f.y(), f.w(), f.h(), 8);
        out.append("<a class=\"area-close\" href=\"%s\" data-area=\"%s\" aria-expanded=\"true\"><title>%s</title>"
                        .formatted(Xml.escape(marks.href().apply(f.id())), Xml.escape(f.id()), Xml.escape(title)))
                .append(
                        "<text class=\"frame-title\" x=\"%s\" y=\"%s\" dominant-baseline=\"central\">▾ %s</text></a></g>"
                                .formatted(
                                        number(f.x() + GraphLayout.TEXT_PADDING),
                                        number(f.y() + GraphLayout.TITLE_HEIGHT / 2 + 6),
                                        Xml.escape(title)));
    }

    private void edge(int index, RoadmapGraph.Edge e) {
        StringBuilder d = new StringBuilder();
        for (RoadmapGraph.Point p : e.points()) {
            d.append(d.isEmpty() ? "M" : " L").append(number(p.x())).append(' ').append(number(p.y()));
        }
        String kind = e.inner() ? "edge edge-inner" : "edge edge-between";
        out.append(
                "<g class=\"%s\" data-edge=\"%d\" data-from=\"%s\" data-to=\"%s\"><path d=\"%s\" marker-end=\"url(#arrow)\"/>"
                        .formatted(kind, index, Xml.escape(e.from()), Xml.escape(e.to()), d));
        if (e.label() != null) {
            String count = Integer.toString(e.count());
            double w = LabelLines.textWidth(count) + 8;
            rect("edge-count-box", e.label().x() - w / 2, e.label().y() - 8, w, 16, 8);
            out.append(
                    "<text class=\"edge-count\" x=\"%s\" y=\"%s\" text-anchor=\"middle\" dominant-baseline=\"central\">%s</text>"
                            .formatted(number(e.label().x()), number(e.label().y()), count));
        }
        out.append("</g>");
    }

    private void box(RoadmapGraph.Box b) {
        String title = title(b.id());
        String status = Objects.requireNonNullElse(marks.statusOf().apply(b.id()), "todo");
        RoadmapGraph.Badge badge = marks.badgeOf().apply(b.id());
        String note = b.openable() ? Objects.requireNonNullElse(marks.noteOf().apply(b.id()), "") : "";
        String tooltip = badge == null ? title : title + " · " + badge.description();
        tooltip = note.isEmpty() ? tooltip : tooltip + " · " + note;
        RoadmapGraph.Ties ties = graph.ties(b.id());
        out.append("<a href=\"%s\" class=\"node-link%s%s\" data-node=\"%s\" aria-label=\"%s\""
                        .formatted(
                                Xml.escape(marks.href().apply(b.id())),
                                b.openable() ? " area-link" : "",
                                marks.matches().test(b.id()) ? " match" : "",
                                Xml.escape(b.id()),
                                Xml.escape(tooltip)))
                .append(b.openable() ? " aria-expanded=\"false\"" : "")
                .append(b.area() == null ? "" : " data-area=\"%s\"".formatted(Xml.escape(b.area())))
                .append(" data-before=\"%s\" data-after=\"%s\" data-edges=\"%s\">"
                        .formatted(words(ties.before()), words(ties.after()), words(ties.edges())))
                .append("<g class=\"node status-%s kind-%s\"><title>%s</title>"
                        .formatted(Xml.escape(status), b.kind().code(), Xml.escape(tooltip)));
        rect(null, b.x(), b.y(), b.w(), b.h(), 6);
        if (badge != null) {
            out.append(
                    "<text class=\"node-badge%s\" x=\"%s\" y=\"%s\" text-anchor=\"end\" dominant-baseline=\"central\">%s</text>"
                            .formatted(
                                    badge.complete() ? " complete" : "",
                                    number(b.x() + b.w() - 22),
                                    number(b.y() + 10),
                                    Xml.escape(badge.text())));
        }
        List<String> lines = LabelLines.lines(title, b.w() - 2 * GraphLayout.TEXT_PADDING);
        double textHeight = (lines.size() + (note.isEmpty() ? 0 : 1)) * GraphLayout.LINE_HEIGHT;
        double top = GraphLayout.TOP + (b.h() - GraphLayout.TOP - GraphLayout.BOTTOM - textHeight) / 2;
        double y = b.y() + top + GraphLayout.LINE_HEIGHT / 2;
        out.append("<text class=\"label\" text-anchor=\"middle\" dominant-baseline=\"central\">");
        for (String line : lines) {
            out.append("<tspan x=\"%s\" y=\"%s\">%s</tspan>"
                    .formatted(number(b.x() + b.w() / 2), number(y), Xml.escape(line)));
            y += GraphLayout.LINE_HEIGHT;
        }
        out.append("</text>");
        if (!note.isEmpty()) {
            out.append(
                    "<text class=\"area-note\" x=\"%s\" y=\"%s\" text-anchor=\"middle\" dominant-baseline=\"central\">%s</text>"
                            .formatted(number(b.x() + b.w() / 2), number(y), Xml.escape(note)));
        }
        out.append("</g></a>");
    }

    private static String words(Collection<?> items) {
        return items.stream().map(Object::toString).map(Xml::escape).collect(Collectors.joining(" "));
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

    private static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded)
                ? Long.toString((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded);
    }
}
