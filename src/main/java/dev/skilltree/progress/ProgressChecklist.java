package dev.skilltree.progress;

import dev.skilltree.roadmap.Node;
import java.util.List;
import java.util.Map;

/** My progress as a Markdown task list, indented like the roadmap. */
final class ProgressChecklist {

    private ProgressChecklist() {}

    static String render(RoadmapProgress progress, String locale) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(progress.roadmap().title().in(locale)).append("\n\n");
        Map<String, List<Node>> children = progress.roadmap().children();
        for (Node top : children.getOrDefault(null, List.of())) {
            append(out, top, 0, children, progress, locale);
        }
        return out.toString();
    }

    private static void append(
            StringBuilder out,
            Node node,
            int depth,
            Map<String, List<Node>> children,
            RoadmapProgress progress,
            String locale) {
        Status status = progress.status(node.id());
        String box = status.complete() ? "[x]" : "[ ]";
        out.append("  ".repeat(depth)).append("- ").append(box).append(' ');
        out.append(node.title().in(locale).replace("\n", " "));
        if (status == Status.LEARNING || status == Status.SKIPPED) {
            out.append(" _(").append(status.code()).append(")_");
        }
        out.append(" `").append(node.id()).append("`\n");
        for (Node child : children.getOrDefault(node.id(), List.of())) {
            append(out, child, depth + 1, children, progress, locale);
        }
    }
}
