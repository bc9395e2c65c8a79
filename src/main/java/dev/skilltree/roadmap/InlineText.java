package dev.skilltree.roadmap;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The text of a heading or list item as a title: emphasis and HTML dropped, a link's text kept and its target
 * collected, inline code kept in backticks (pages show it as code, the graph as plain text).
 */
record InlineText(String text, List<Target> links) {

    /** A link found in a title. */
    record Target(String text, String destination) {}

    static InlineText of(Node parent) {
        StringBuilder text = new StringBuilder();
        List<Target> links = new ArrayList<>();
        collect(parent, text, links);
        return new InlineText(text.toString().replaceAll("\\s+", " ").strip(), List.copyOf(links));
    }

    /** Only the inline nodes up to the end of the first line, for a list item whose paragraph goes on. */
    static InlineText firstLineOf(Node paragraph) {
        StringBuilder text = new StringBuilder();
        List<Target> links = new ArrayList<>();
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                break;
            }
            append(child, text, links);
        }
        return new InlineText(text.toString().replaceAll("\\s+", " ").strip(), List.copyOf(links));
    }

    private static void collect(Node parent, StringBuilder text, List<Target> links) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            append(child, text, links);
        }
    }

    private static void append(Node node, StringBuilder text, List<Target> links) {
        switch (node) {
            case Text t -> text.append(t.getLiteral());
            case Code c -> text.append('`').append(c.getLiteral()).append('`');
            case SoftLineBreak b -> text.append(' ');
            case HardLineBreak b -> text.append(' ');
            case HtmlInline html -> {}
            case Image image -> {}
            case Link link -> {
                StringBuilder inner = new StringBuilder();
                collect(link, inner, links);
                text.append(inner);
                links.add(new Target(inner.toString().strip(), link.getDestination()));
            }
            default -> collect(node, text, links);
        }
    }
}
