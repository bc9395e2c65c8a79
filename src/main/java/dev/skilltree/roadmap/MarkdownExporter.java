package dev.skilltree.roadmap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a roadmap in the authoring format; {@link RoadmapReader} reads the result back to an equal roadmap. */
public final class MarkdownExporter {

    private MarkdownExporter() {}

    public static String export(Roadmap roadmap) {
        String locale = roadmap.locale();
        String secondary = locale.equals("en") ? "zh" : "en";
        StringBuilder out = new StringBuilder();
        Map<String, String> head = new LinkedHashMap<>();
        if (!locale.equals("zh")) {
            head.put("lang", locale);
        }
        putIfPresent(head, secondary, roadmap.title().secondary(locale));
        if (roadmap.version() != 1) {
            head.put("version", Integer.toString(roadmap.version()));
        }
        out.append("# ")
                .append(line(roadmap.title().primary(locale), roadmap.id(), head))
                .append("\n\n");
        texts(out, roadmap.summary(), locale, "");
        for (Track track : roadmap.tracks()) {
            Map<String, String> attrs = new LinkedHashMap<>();
            putIfPresent(attrs, secondary, track.title().secondary(locale));
            out.append("- track: ")
                    .append(line(track.title().primary(locale), track.id(), attrs))
                    .append("\n\n");
            texts(out, track.description(), locale, "  ");
        }
        Map<String, List<Node>> children = roadmap.children();
        writeChildren(out, children, null, 2, roadmap.locale(), secondary);
        return out.toString().stripTrailing() + "\n";
    }

    private static void writeChildren(
            StringBuilder out,
            Map<String, List<Node>> children,
            String parentId,
            int level,
            String locale,
            String secondary) {
        for (Node node : children.getOrDefault(parentId, List.of())) {
            Map<String, String> attrs = new LinkedHashMap<>();
            putIfPresent(attrs, secondary, node.title().secondary(locale));
            if (node.kind() != NodeKind.byDepth(level - 1)) {
                attrs.put("kind", node.kind().code());
            }
            if (node.estimate() != null) {
                attrs.put("hours", node.estimate().format());
            }
            if (node.difficulty() != null) {
                attrs.put("level", node.difficulty().code());
            }
            if (!node.tracks().isEmpty()) {
                attrs.put("tracks", String.join(",", node.tracks()));
            }
            if (!node.prerequisites().isEmpty()) {
                attrs.put("needs", String.join(",", node.prerequisites()));
            }
            out.append("#".repeat(level))
                    .append(' ')
                    .append(line(node.title().primary(locale), node.id(), attrs))
                    .append("\n\n");
            texts(out, node.description(), locale, "");
            for (Resource resource : node.resources()) {
                Map<String, String> r = new LinkedHashMap<>();
                if (resource.url() != null) {
                    r.put("url", resource.url());
                }
                if (resource.difficulty() != null) {
                    r.put("level", resource.difficulty().code());
                }
                out.append("- ")
                        .append(resource.kind().code())
                        .append(": ")
                        .append(line(resource.title(), null, r))
                        .append('\n');
                if (!resource.note().isEmpty()) {
                    out.append('\n').append(indent(resource.note(), "  ")).append("\n\n");
                }
            }
            if (!node.resources().isEmpty()) {
                out.append('\n');
            }
            writeChildren(out, children, node.id(), level + 1, locale, secondary);
        }
    }

    private static void texts(StringBuilder out, Text text, String locale, String indent) {
        if (!text.primary(locale).isEmpty()) {
            out.append(indent(text.primary(locale), indent)).append("\n\n");
        }
        if (!text.secondary(locale).isEmpty()) {
            out.append(indent(quote(text.secondary(locale)), indent)).append("\n\n");
        }
    }

    private static String line(String title, String id, Map<String, String> attrs) {
        if (id == null && attrs.isEmpty() && !title.contains("{")) {
            return title;
        }
        return title + " " + Attributes.format(id, attrs);
    }

    private static void putIfPresent(Map<String, String> attrs, String key, String value) {
        if (!value.isEmpty()) {
            attrs.put(key, value);
        }
    }

    private static String quote(String text) {
        return text.lines()
                .map(l -> l.isEmpty() ? ">" : "> " + l)
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }

    private static String indent(String text, String indent) {
        if (indent.isEmpty()) {
            return text;
        }
        return text.lines()
                .map(l -> l.isEmpty() ? "" : indent + l)
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }
}
