package dev.skilltree.roadmap;

import dev.skilltree.roadmap.RoadmapDraft.DraftNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

/**
 * Reads a plain outline: {@code #} headings with nested bullet or numbered lists, as in seed 000. Every
 * heading and every list item becomes a node; lists under resource headings (书籍, Books, …) become resources.
 */
final class OutlineReader {

    private static final Pattern NUMBERING = Pattern.compile("^\\d+(\\.\\d+)*\\.?\\s+");
    private static final Pattern PROJECT =
            Pattern.compile("^(项目\\s*\\d*[：:]|实践项目|project\\b)|项目\\s*\\d+[：:]", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASSESSMENT =
            Pattern.compile("阶段测试|测验|考核|assessment|exam|quiz", Pattern.CASE_INSENSITIVE);

    private final MarkdownSource source;
    private final java.net.URI baseUrl;
    private final boolean titleIsFirstHeading;
    private final RoadmapDraft draft;
    private final NodeIds ids = new NodeIds();
    private final Deque<DraftNode> open = new ArrayDeque<>();
    private final List<Block> description = new ArrayList<>();
    private DraftNode current;
    private int titleLevel = 1;

    /** {@code baseUrl}, when given, resolves relative links in titles (a README read outside its repository). */
    OutlineReader(MarkdownSource source, String fallbackId, java.net.URI baseUrl) {
        this.source = source;
        this.baseUrl = baseUrl;
        this.draft = new RoadmapDraft(source.firstSourceName());
        draft.id = fallbackId;
        // Many READMEs start at ##: without a # heading, the first heading is the roadmap's title.
        this.titleIsFirstHeading = MarkdownSource.children(source.document()).stream()
                .noneMatch(b -> b instanceof Heading h && h.getLevel() == 1);
    }

    static boolean recognises(MarkdownSource source) {
        return MarkdownSource.children(source.document()).stream().anyMatch(Heading.class::isInstance);
    }

    RoadmapDraft read() {
        for (Node block : MarkdownSource.children(source.document())) {
            switch (block) {
                case Heading heading -> heading(heading);
                case ListBlock list
                when current != null && resourceKind(current).isPresent() ->
                    resources(list, resourceKind(current).get());
                case ListBlock list when current != null -> items(list, current);
                case HtmlBlock html -> {}
                case Block other -> description.add(other);
                default -> {}
            }
        }
        flushDescription();
        return draft;
    }

    private void heading(Heading heading) {
        flushDescription();
        Location location = source.location(heading);
        InlineText inline = InlineText.of(heading);
        String title = NUMBERING.matcher(inline.text()).replaceFirst("");
        if (draft.titleLocation == null && (heading.getLevel() == 1 || titleIsFirstHeading)) {
            titleLevel = heading.getLevel();
            draft.titleLocation = location;
            draft.primaryTitle = title;
            return;
        }
        while (!open.isEmpty() && open.peek().depth >= heading.getLevel() - titleLevel) {
            open.pop();
        }
        DraftNode node = node(location, open.size() + 1, open.peek(), title);
        node.estimate = Estimates.fromDuration(title).orElse(null);
        linksAsResources(inline, node);
        open.push(node);
        current = node;
    }

    private DraftNode node(Location location, int depth, DraftNode parent, String title) {
        DraftNode node = draft.addNode(location, depth, parent);
        node.primaryTitle = title;
        node.id = ids.next(parent == null ? null : parent.id, title);
        if (ASSESSMENT.matcher(title).find() || (parent != null && parent.kind == NodeKind.ASSESSMENT)) {
            node.kind = NodeKind.ASSESSMENT;
        } else if (PROJECT.matcher(title).find()) {
            node.kind = NodeKind.PROJECT;
        } else if (parent != null && depth > 3) {
            node.kind = NodeKind.SUBTOPIC;
        }
        node.difficulty = Difficulty.fromMarker(title).orElse(null);
        return node;
    }

    private void items(ListBlock list, DraftNode parent) {
        if (ProseLists.isProse(list)) {
            parent.primaryDescription = join(parent.primaryDescription, source.raw(list));
            return;
        }
        for (Node child : MarkdownSource.children(list)) {
            ListItem item = (ListItem) child;
            if (!(item.getFirstChild() instanceof Paragraph paragraph)) {
                continue;
            }
            String[] lead = leadIn(paragraph);
            if (SubTopics.isList(lead[0], lead[1], paragraph)) {
                for (String part : SubTopics.split(lead[0])) {
                    node(source.location(paragraph), parent.depth + 1, parent, part);
                }
                continue;
            }
            DraftNode node = node(source.location(paragraph), parent.depth + 1, parent, lead[0]);
            node.primaryDescription = lead[1];
            linksAsResources(InlineText.firstLineOf(paragraph), node);
            for (Node inner = paragraph.getNext(); inner != null; inner = inner.getNext()) {
                if (inner instanceof ListBlock nested) {
                    items(nested, node);
                } else {
                    node.primaryDescription = join(node.primaryDescription, source.raw(inner));
                }
            }
        }
    }

    /** The title and the rest of an item: a bold lead-in ("**元类**：…") or the first line. */
    private String[] leadIn(Paragraph paragraph) {
        String line = InlineText.firstLineOf(paragraph).text();
        String more = source.rawAfterFirstLine(paragraph);
        if (paragraph.getFirstChild() instanceof StrongEmphasis strong) {
            String title = InlineText.of(strong).text();
            String after =
                    line.substring(Math.min(line.length(), title.length())).replaceFirst("^\\s*[：:\\-–—]\\s*", "");
            return new String[] {title, join(after, more)};
        }
        int colon = line.indexOf('：');
        if (colon > 0 && colon < line.length() - 1 && line.indexOf("://") < 0) {
            return new String[] {
                line.substring(0, colon).strip(), join(line.substring(colon + 1).strip(), more)
            };
        }
        return new String[] {line.replaceFirst("[：:]$", ""), more};
    }

    /** A link in a title is a resource of its node: the title keeps the words, the node keeps the link. */
    private void linksAsResources(InlineText inline, DraftNode node) {
        for (InlineText.Target link : inline.links()) {
            String url = absolute(link.destination());
            if (url != null && !link.text().isEmpty()) {
                node.resources.add(new Resource(ResourceKind.DOC, link.text(), url, null, ""));
            }
        }
    }

    /** An http(s) address, or a relative one resolved against the base URL; null when neither. */
    private String absolute(String destination) {
        try {
            java.net.URI uri = new java.net.URI(destination.strip());
            if (!uri.isAbsolute() && baseUrl != null) {
                uri = baseUrl.resolve(uri);
            }
            String scheme = uri.getScheme();
            return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme) ? uri.toString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private void resources(ListBlock list, ResourceKind kind) {
        for (Node child : MarkdownSource.children(list)) {
            if (!(child.getFirstChild() instanceof Paragraph paragraph)) {
                continue;
            }
            InlineText line = InlineText.firstLineOf(paragraph);
            String text = line.text();
            String url = null;
            if (!line.links().isEmpty()) {
                url = absolute(line.links().getFirst().destination());
                String linked = line.links().getFirst().text();
                // "Talk Python: <https://…>" names the resource before the link; "[Real Python](…)" in the link.
                String before = text.substring(0, Math.max(0, text.indexOf(linked)))
                        .replaceFirst("[\\s:：]+$", "")
                        .strip();
                text = before.isEmpty() ? linked : before;
            }
            if (!text.isEmpty()) {
                current.resources.add(new Resource(
                        kind,
                        text,
                        url,
                        Difficulty.fromMarker(text).orElse(null),
                        source.rawAfterFirstLine(paragraph)));
            }
        }
    }

    static Optional<ResourceKind> resourceKind(DraftNode node) {
        String title = node.primaryTitle.toLowerCase();
        if (title.matches(".*(书籍|图书|书单|\\bbooks?\\b).*")) {
            return Optional.of(ResourceKind.BOOK);
        }
        if (title.matches(".*(课程|\\bcourses?\\b).*")) {
            return Optional.of(ResourceKind.COURSE);
        }
        if (title.matches(".*(网站|文档|\\bsites?\\b|\\bdocs?\\b|websites?).*")) {
            return Optional.of(ResourceKind.SITE);
        }
        if (title.matches(".*(社区|会议|communit|conferences?).*")) {
            return Optional.of(ResourceKind.COMMUNITY);
        }
        if (title.matches(".*(视频|videos?).*")) {
            return Optional.of(ResourceKind.VIDEO);
        }
        return Optional.empty();
    }

    private void flushDescription() {
        String text = source.raw(description);
        if (current == null) {
            draft.primarySummary = join(draft.primarySummary, text);
        } else {
            current.primaryDescription = join(current.primaryDescription, text);
        }
        description.clear();
    }

    static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "\n\n" + b;
    }
}
