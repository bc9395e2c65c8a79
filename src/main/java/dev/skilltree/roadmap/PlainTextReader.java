package dev.skilltree.roadmap;

import dev.skilltree.roadmap.RoadmapDraft.DraftNode;
import dev.skilltree.roadmap.RoadmapDraft.DraftTrack;
import dev.skilltree.roadmap.RoadmapDraft.Ref;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

/**
 * Reads a guide written as plain lines, as in seed 001: numbered sections ("🎯 一、…"), phases ("第一阶段：…（1-2
 * 个月）"), directions ("方向 A：…", which become tracks), numbered items, tab-separated tables and "📚" book lists.
 * CommonMark gives the blocks and list items; each block line is then classified by its leading words.
 */
final class PlainTextReader {

    private static final Pattern SECTION = Pattern.compile("^\\S{0,3}\\s*[一二三四五六七八九十]{1,3}、\\s*(.+)$");
    private static final Pattern PHASE = Pattern.compile("^第[一二三四五六七八九十\\d]{1,3}阶段[：:]\\s*(.+)$");
    private static final Pattern DIRECTION = Pattern.compile("^方向\\s*([A-Za-z])[：:]\\s*(.+)$");
    private static final Pattern PARENTHESISED = Pattern.compile("\\s*[（(]([^）)]*)[）)]\\s*$");

    /** A non-blank line of a block, with the number of the list item it starts, if it starts one. */
    record Line(int index, String text, Integer itemNumber) {}

    private enum Mode {
        CONTENT,
        BOOKS,
        TABLE
    }

    private final MarkdownSource source;
    private final RoadmapDraft draft;
    private final NodeIds ids = new NodeIds();
    private final List<Line> lines = new ArrayList<>();
    private DraftNode section;
    private DraftNode phase;
    private DraftNode item;
    private DraftNode sink;
    private Mode mode = Mode.CONTENT;
    private List<String> header = List.of();

    PlainTextReader(MarkdownSource source, String fallbackId) {
        this.source = source;
        this.draft = new RoadmapDraft(source.firstSourceName());
        draft.id = fallbackId;
    }

    RoadmapDraft read() {
        collect(source.document());
        for (int i = 0; i < lines.size(); i++) {
            classify(lines.get(i), i + 1 < lines.size() ? lines.get(i + 1).text() : "");
        }
        if (draft.primaryTitle.isEmpty()) {
            draft.primaryTitle = draft.id;
        }
        return draft;
    }

    private void collect(Node node) {
        for (Node child : MarkdownSource.children(node)) {
            if (child instanceof Paragraph || (child instanceof Block && child.getFirstChild() == null)) {
                Integer number = itemNumber(child);
                boolean first = true;
                for (SourceSpan span : source.spans(child)) {
                    String text = source.slice(span).strip();
                    if (!text.isEmpty()) {
                        lines.add(new Line(span.getLineIndex(), text, first ? number : null));
                        first = false;
                    }
                }
            } else {
                collect(child);
            }
        }
    }

    private static Integer itemNumber(Node block) {
        if (block.getParent() instanceof ListItem item
                && item.getFirstChild() == block
                && item.getParent() instanceof OrderedList list) {
            int number = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
            for (Node sibling = list.getFirstChild(); sibling != item; sibling = sibling.getNext()) {
                number++;
            }
            return number;
        }
        return null;
    }

    private void classify(Line line, String next) {
        String text = line.text();
        Location location = source.locationOfLine(line.index());
        Matcher m;
        if (line.itemNumber() == null && (m = SECTION.matcher(text)).matches()) {
            section = node(location, null, m.group(1), NodeKind.STAGE);
            phase = item = null;
            sink = section;
            mode = Mode.CONTENT;
        } else if ((m = PHASE.matcher(text)).matches()) {
            phase = node(location, section, text, NodeKind.AREA);
            item = null;
            sink = phase;
            mode = Mode.CONTENT;
        } else if ((m = DIRECTION.matcher(text)).matches()) {
            DraftNode direction = node(location, phase != null ? phase : section, m.group(2), NodeKind.AREA);
            direction.tracks.add(new Ref(track(location, m.group(1), m.group(2)), location));
            item = null;
            sink = direction;
            mode = Mode.CONTENT;
        } else if (text.startsWith("📚") && !next.contains("\t")) {
            mode = Mode.BOOKS;
        } else if (mode == Mode.BOOKS && (text.startsWith("《") || text.contains("docs.") || text.contains("："))) {
            books(text, location);
        } else if (line.itemNumber() == null && startsWithSymbol(text) && next.contains("\t") && section != null) {
            sink = node(location, section, text.replaceFirst("^\\S+\\s*", ""), NodeKind.AREA);
            phase = item = null;
            mode = Mode.CONTENT;
        } else if (mode != Mode.TABLE && text.contains("\t")) {
            header = List.of(text.split("\t", -1));
            mode = Mode.TABLE;
        } else if (mode == Mode.TABLE && (text.contains("\t") || !endsSentence(text))) {
            row(text, location);
        } else if (line.itemNumber() != null && section != null) {
            item = node(location, phase != null ? phase : section, text, NodeKind.TOPIC);
            mode = Mode.CONTENT;
        } else {
            mode = mode == Mode.TABLE ? Mode.CONTENT : mode;
            content(text, location);
        }
    }

    private void content(String text, Location location) {
        boolean intro = text.endsWith("：") || text.endsWith(":");
        if (item != null) {
            item.primaryDescription = join(item.primaryDescription, text);
        } else if (sink != null && sink != section && !intro) {
            node(location, sink, text, NodeKind.TOPIC);
        } else if (sink != null) {
            sink.primaryDescription = join(sink.primaryDescription, text);
        } else {
            draft.primarySummary = OutlineReader.join(draft.primarySummary, text);
        }
    }

    private void books(String text, Location location) {
        DraftNode target = sink != null ? sink : section;
        if (target == null) {
            content(text, location);
            return;
        }
        boolean book = text.startsWith("《");
        String title = book ? text : text.replaceFirst("^[^：:]*[：:]\\s*", "");
        String note =
                book ? "" : text.substring(0, text.length() - title.length()).replaceFirst("[：:]\\s*$", "");
        target.resources.add(new Resource(book ? ResourceKind.BOOK : ResourceKind.DOC, title, null, null, note));
    }

    private void row(String text, Location location) {
        List<String> cells = new ArrayList<>(List.of(text.split("\t", -1)));
        while (cells.size() < header.size()) {
            cells.addFirst("");
        }
        String first = cells.getFirst().strip();
        String last = cells.getLast().strip();
        String kind = header.getFirst();
        DraftNode target = sink != null ? sink : section;
        if (target == null || (first.isEmpty() && last.isEmpty())) {
            return;
        }
        if (kind.contains("书")) {
            target.resources.add(new Resource(
                    ResourceKind.BOOK,
                    first,
                    null,
                    Difficulty.fromMarker(cells.get(1)).orElse(null),
                    last));
        } else if (kind.contains("平台")) {
            target.resources.add(new Resource(ResourceKind.SITE, first, null, null, last));
        } else if (kind.contains("工具")) {
            boolean named = !first.isEmpty() && !first.equals("/");
            target.resources.add(
                    new Resource(ResourceKind.TOOL, named ? first : last, null, null, named ? last : "（名称缺失）" + last));
        } else {
            DraftNode row = node(
                    location,
                    target,
                    first.isEmpty() ? last : first,
                    header.getFirst().contains("项目") ? NodeKind.PROJECT : NodeKind.TOPIC);
            List<String> parts = new ArrayList<>();
            for (int i = 1; i < cells.size(); i++) {
                parts.add(header.get(Math.min(i, header.size() - 1)).strip() + "："
                        + cells.get(i).strip());
            }
            row.primaryDescription = String.join("\n", parts);
        }
    }

    private DraftNode node(Location location, DraftNode parent, String title, NodeKind kind) {
        DraftNode node = draft.addNode(location, parent == null ? 1 : parent.depth + 1, parent);
        Matcher duration = PARENTHESISED.matcher(title);
        if (duration.find() && Estimates.fromDuration(duration.group(1)).isPresent()) {
            node.estimate = Estimates.fromDuration(duration.group(1)).get();
        }
        node.primaryTitle = title;
        node.kind = kind;
        node.difficulty = Difficulty.fromMarker(title).orElse(null);
        node.id = ids.next(parent == null ? null : parent.id, title);
        return node;
    }

    private String track(Location location, String letter, String title) {
        DraftTrack track = new DraftTrack(location);
        track.id = "direction-" + letter.toLowerCase();
        track.primaryTitle = title;
        draft.tracks.add(track);
        return track.id;
    }

    private static boolean startsWithSymbol(String text) {
        int first = text.codePointAt(0);
        return Character.getType(first) == Character.OTHER_SYMBOL || Character.isSupplementaryCodePoint(first);
    }

    private static boolean endsSentence(String text) {
        return text.matches(".*[。！？：!?:]$");
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "\n" + b;
    }
}
