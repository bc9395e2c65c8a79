package dev.skilltree.roadmap;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Input files read as one CommonMark document, with the raw text of each block's lines and the file and
 * line each came from.
 */
final class MarkdownSource {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(AutolinkExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private final List<String> lines = new ArrayList<>();
    private final List<Location> locations = new ArrayList<>();
    private final Node document;

    MarkdownSource(List<SourceFile> files) {
        StringBuilder all = new StringBuilder();
        for (SourceFile file : files) {
            String[] fileLines = file.text().split("\r\n|\r|\n", -1);
            int count = fileLines.length;
            if (count > 0 && fileLines[count - 1].isEmpty()) {
                count--;
            }
            for (int i = 0; i < count; i++) {
                lines.add(fileLines[i]);
                locations.add(new Location(file.name(), i + 1));
                all.append(fileLines[i]).append('\n');
            }
            lines.add("");
            locations.add(new Location(file.name(), count + 1));
            all.append('\n');
        }
        document = PARSER.parse(all.toString());
    }

    Node document() {
        return document;
    }

    String firstSourceName() {
        return locations.isEmpty() ? "input" : locations.getFirst().source();
    }

    boolean isBlank() {
        return lines.stream().allMatch(String::isBlank);
    }

    Location location(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty()
                ? locations.getFirst()
                : locations.get(spans.getFirst().getLineIndex());
    }

    Location locationOfLine(int lineIndex) {
        return locations.get(lineIndex);
    }

    /** The raw source of a node's first line, without container markers such as {@code > } or list indentation. */
    String firstLine(Node node) {
        SourceSpan span = node.getSourceSpans().getFirst();
        return slice(span);
    }

    /** The raw source of every line of a node, joined with newlines. */
    String raw(Node node) {
        List<String> parts = new ArrayList<>();
        for (SourceSpan span : node.getSourceSpans()) {
            parts.add(slice(span));
        }
        return String.join("\n", parts).strip();
    }

    /** The raw source of a node's lines after its first. */
    String rawAfterFirstLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        List<String> parts = new ArrayList<>();
        for (int i = 1; i < spans.size(); i++) {
            parts.add(slice(spans.get(i)));
        }
        return String.join("\n", parts).strip();
    }

    /** The raw source of several blocks, separated by blank lines. */
    String raw(List<? extends Block> blocks) {
        List<String> parts = new ArrayList<>();
        for (Block block : blocks) {
            String text = raw(block);
            if (!text.isEmpty()) {
                parts.add(text);
            }
        }
        return String.join("\n\n", parts);
    }

    List<SourceSpan> spans(Node node) {
        return node.getSourceSpans();
    }

    String slice(SourceSpan span) {
        String line = lines.get(span.getLineIndex());
        int from = Math.min(span.getColumnIndex(), line.length());
        return line.substring(from, Math.min(line.length(), from + span.getLength()));
    }

    static List<Node> children(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        return children;
    }
}
