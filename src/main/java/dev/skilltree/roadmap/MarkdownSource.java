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
 * line each came from. Lines are kept as offsets into the one text, not as copies.
 */
final class MarkdownSource {

    /** Only block structure: the authoring format reads raw source, so inline parsing would be wasted work. */
    private static final Parser BLOCKS = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .inlineParserFactory(context -> (lines, block) -> {})
            .build();

    private static final Parser FULL = Parser.builder()
            .extensions(List.of(AutolinkExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private final String text;
    private final int[] lineStarts;
    private final List<String> lineSources = new ArrayList<>();
    private final List<Integer> sourceFirstLines = new ArrayList<>();
    private Node document;
    private boolean inlines;

    MarkdownSource(List<SourceFile> files) {
        List<String> texts =
                files.stream().map(MarkdownSource::normaliseLineEnds).toList();
        if (texts.size() == 1) {
            lineSources.add(files.getFirst().name());
            sourceFirstLines.add(0);
            text = texts.getFirst();
        } else {
            StringBuilder all = new StringBuilder(
                    texts.stream().mapToInt(t -> t.length() + 2).sum());
            int lines = 0;
            for (int i = 0; i < files.size(); i++) {
                sourceFirstLines.add(lines);
                lineSources.add(files.get(i).name());
                String part = texts.get(i).endsWith("\n") ? texts.get(i) : texts.get(i) + "\n";
                all.append(part).append('\n');
                lines += countLines(part) + 1;
            }
            text = all.toString();
        }
        lineStarts = lineStarts(text);
        document = BLOCKS.parse(text);
    }

    private static String normaliseLineEnds(SourceFile file) {
        String text = file.text();
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Parses again with inline content (emphasis, links), for readers that need it. */
    MarkdownSource withInlines() {
        if (!inlines) {
            document = FULL.parse(text);
            inlines = true;
        }
        return this;
    }

    Node document() {
        return document;
    }

    String firstSourceName() {
        return lineSources.isEmpty() ? "input" : lineSources.getFirst();
    }

    boolean isBlank() {
        return text.isBlank();
    }

    Location location(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return locationOfLine(spans.isEmpty() ? 0 : spans.getFirst().getLineIndex());
    }

    Location locationOfLine(int lineIndex) {
        int source = sourceFirstLines.size() - 1;
        while (source > 0 && sourceFirstLines.get(source) > lineIndex) {
            source--;
        }
        return new Location(lineSources.get(source), lineIndex - sourceFirstLines.get(source) + 1);
    }

    /** The raw source of a node's first line, without container markers such as {@code > } or list indentation. */
    String firstLine(Node node) {
        return slice(node.getSourceSpans().getFirst());
    }

    /** The raw source of every line of a node, joined with newlines. */
    String raw(Node node) {
        return join(node.getSourceSpans(), 0);
    }

    /** The raw source of a node's lines after its first. */
    String rawAfterFirstLine(Node node) {
        return join(node.getSourceSpans(), 1);
    }

    private String join(List<SourceSpan> spans, int from) {
        StringBuilder joined = new StringBuilder();
        for (int i = from; i < spans.size(); i++) {
            if (i > from) {
                joined.append('\n');
            }
            joined.append(slice(spans.get(i)));
        }
        return joined.toString().strip();
    }

    /** The raw source of several blocks, separated by blank lines. */
    String raw(List<? extends Block> blocks) {
        List<String> parts = new ArrayList<>();
        for (Block block : blocks) {
            String raw = raw(block);
            if (!raw.isEmpty()) {
                parts.add(raw);
            }
        }
        return String.join("\n\n", parts);
    }

    List<SourceSpan> spans(Node node) {
        return node.getSourceSpans();
    }

    String slice(SourceSpan span) {
        int start = lineStarts[span.getLineIndex()];
        int end = span.getLineIndex() + 1 < lineStarts.length ? lineStarts[span.getLineIndex() + 1] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        int from = Math.min(start + span.getColumnIndex(), end);
        return text.substring(from, Math.min(end, from + span.getLength()));
    }

    static List<Node> children(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        return children;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[countLines(text) + 1];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }

    private static int countLines(CharSequence text) {
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
