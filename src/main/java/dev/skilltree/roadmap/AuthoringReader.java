package dev.skilltree.roadmap;

import dev.skilltree.roadmap.RoadmapDraft.DraftNode;
import dev.skilltree.roadmap.RoadmapDraft.DraftTrack;
import dev.skilltree.roadmap.RoadmapDraft.Ref;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/** Reads the authoring format described in docs/authoring.md. */
final class AuthoringReader {

    private static final Set<String> ROADMAP_KEYS = Set.of("lang", "zh", "en", "version");
    private static final Set<String> NODE_KEYS = Set.of("zh", "en", "kind", "hours", "level", "tracks", "needs");
    private static final Set<String> RESOURCE_KEYS = Set.of("url", "level");
    private static final Set<String> TRACK_KEYS = Set.of("zh", "en");

    private final MarkdownSource source;
    private final RoadmapDraft draft;
    private final Deque<DraftNode> open = new ArrayDeque<>();
    private DraftNode current;
    private final List<Block> description = new ArrayList<>();
    private final List<Block> secondDescription = new ArrayList<>();
    private boolean seenTitle;

    AuthoringReader(MarkdownSource source) {
        this.source = source;
        this.draft = new RoadmapDraft(source.firstSourceName());
    }

    /** Whether any heading carries an attribute block, which marks a document as written in this format. */
    static boolean recognises(MarkdownSource source) {
        for (Node block : MarkdownSource.children(source.document())) {
            if (block instanceof Heading
                    && Attributes.split(headingText(source, block)).attributes() != Attributes.NONE) {
                return true;
            }
        }
        return false;
    }

    RoadmapDraft read() {
        Node next;
        for (Node block = source.document().getFirstChild(); block != null; block = next) {
            next = block.getNext();
            block.unlink(); // lets the syntax tree shrink while the draft grows: large files need less memory
            switch (block) {
                case Heading heading -> heading(heading);
                case BlockQuote quote -> secondDescription.add(quote);
                case BulletList list when listKind(list).equals("track") -> tracks(list);
                case BulletList list when !listKind(list).isEmpty() -> resources(list);
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
        Attributes.Split split = Attributes.split(headingText(source, heading));
        if (heading.getLevel() == 1) {
            if (seenTitle) {
                draft.problem(location, "a roadmap has one '#' title; use '##' and deeper headings for its topics");
                return;
            }
            roadmapTitle(location, split);
            return;
        }
        if (!seenTitle) {
            draft.problem(location, "the document must start with the roadmap's '#' title before any '##' heading");
            seenTitle = true;
        }
        while (!open.isEmpty() && open.peek().depth >= heading.getLevel() - 1) {
            open.pop();
        }
        int expectedDepth = open.size() + 1;
        if (heading.getLevel() - 1 > expectedDepth) {
            draft.problem(
                    location,
                    "this heading has " + heading.getLevel() + " '#' but the heading above it has " + expectedDepth
                            + "; headings may go only one level deeper at a time");
        }
        DraftNode node = draft.addNode(location, expectedDepth, open.peek());
        open.push(node);
        current = node;
        node.primaryTitle = split.text();
        nodeAttributes(node, split.attributes(), location);
    }

    private void roadmapTitle(Location location, Attributes.Split split) {
        seenTitle = true;
        draft.titleLocation = location;
        Attributes attributes = split.attributes();
        String lang = attributes.values().getOrDefault("lang", "zh");
        if (!lang.equals("zh") && !lang.equals("en")) {
            draft.problem(location, "lang must be zh or en, not '" + lang + "'");
            lang = "zh";
        }
        draft.locale = lang;
        draft.primaryTitle = split.text();
        checkKeys(attributes, ROADMAP_KEYS, location, "the roadmap title");
        draft.secondaryTitle = secondaryText(attributes, location);
        if (attributes.id() == null) {
            draft.problem(location, "the roadmap title needs an id, e.g. {#my-roadmap}");
        } else if (!Ids.isValid(attributes.id())) {
            draft.problem(location, invalidId(attributes.id()));
        } else {
            draft.id = attributes.id();
        }
        String version = attributes.values().get("version");
        if (version != null) {
            try {
                draft.version = Integer.parseInt(version);
                if (draft.version < 1) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                draft.problem(location, "version must be a positive whole number, not '" + version + "'");
            }
        }
    }

    private void nodeAttributes(DraftNode node, Attributes attributes, Location location) {
        checkKeys(attributes, NODE_KEYS, location, "a topic heading");
        if (attributes.id() == null) {
            draft.problem(location, "the heading '" + node.primaryTitle + "' has no id; add one such as {#my-topic}");
        } else if (!Ids.isValid(attributes.id())) {
            draft.problem(location, invalidId(attributes.id()));
        } else {
            node.id = attributes.id();
        }
        node.secondaryTitle = secondaryText(attributes, location);
        Map<String, String> values = attributes.values();
        if (values.containsKey("kind")) {
            node.kind = NodeKind.fromCode(values.get("kind")).orElse(null);
            if (node.kind == null) {
                draft.problem(
                        location,
                        "unknown kind '" + values.get("kind")
                                + "'; use stage, area, topic, subtopic, project or assessment");
            }
        }
        if (values.containsKey("hours")) {
            node.estimate = Estimates.parseHours(values.get("hours"), location, draft);
        }
        if (values.containsKey("level")) {
            node.difficulty = level(values.get("level"), location);
        }
        idList(values.get("tracks"), location).forEach(node.tracks::add);
        idList(values.get("needs"), location).forEach(node.needs::add);
    }

    private List<Ref> idList(String value, Location location) {
        List<Ref> refs = new ArrayList<>();
        if (value == null) {
            return refs;
        }
        for (String id : value.split(",")) {
            String trimmed = id.strip();
            if (!Ids.isValid(trimmed)) {
                draft.problem(location, invalidId(trimmed));
            } else {
                refs.add(new Ref(trimmed, location));
            }
        }
        return refs;
    }

    private Difficulty level(String value, Location location) {
        return Difficulty.fromCode(value).orElseGet(() -> {
            draft.problem(location, "unknown level '" + value + "'; use beginner, intermediate or advanced");
            return null;
        });
    }

    private String secondaryText(Attributes attributes, Location location) {
        String secondary = draft.locale.equals("en") ? "zh" : "en";
        if (attributes.values().containsKey(draft.locale)) {
            draft.problem(
                    location,
                    "'" + draft.locale + "=' repeats the primary language; the second language here is " + secondary);
        }
        return attributes.values().getOrDefault(secondary, "");
    }

    private void checkKeys(Attributes attributes, Set<String> allowed, Location location, String where) {
        for (String key : attributes.values().keySet()) {
            if (!allowed.contains(key)) {
                draft.problem(
                        location,
                        "unknown attribute '" + key + "' on " + where + "; allowed: "
                                + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private void tracks(BulletList list) {
        if (current != null) {
            draft.problem(
                    source.location(list), "tracks are defined under the roadmap title, before the first '##' heading");
        }
        for (Node item : MarkdownSource.children(list)) {
            ListItemParts parts = ListItemParts.of(source, (ListItem) item);
            DraftTrack track = new DraftTrack(parts.location());
            Attributes.Split split = Attributes.split(parts.rest());
            checkKeys(split.attributes(), TRACK_KEYS, parts.location(), "a track");
            track.primaryTitle = split.text();
            track.secondaryTitle = secondaryText(split.attributes(), parts.location());
            String trackId = split.attributes().id();
            if (trackId == null || !Ids.isValid(trackId)) {
                draft.problem(
                        parts.location(),
                        trackId == null
                                ? "the track '" + split.text() + "' has no id; add one such as {#backend}"
                                : invalidId(trackId));
            } else {
                track.id = trackId;
            }
            track.primaryDescription = parts.body();
            track.secondaryDescription = parts.quote();
            draft.tracks.add(track);
        }
    }

    private void resources(BulletList list) {
        if (current == null) {
            draft.problem(source.location(list), "resources belong to a topic; put this list under a '##' heading");
            return;
        }
        for (Node item : MarkdownSource.children(list)) {
            ListItemParts parts = ListItemParts.of(source, (ListItem) item);
            ResourceKind kind = ResourceKind.fromCode(parts.keyword()).orElseThrow();
            Attributes.Split split = Attributes.split(parts.rest());
            checkKeys(split.attributes(), RESOURCE_KEYS, parts.location(), "a resource");
            String url = split.attributes().values().get("url");
            if (url != null && !url.matches("https?://\\S+")) {
                draft.problem(parts.location(), "the url '" + url + "' must be an absolute http or https address");
            }
            String levelValue = split.attributes().values().get("level");
            Difficulty difficulty = levelValue == null ? null : level(levelValue, parts.location());
            if (split.text().isEmpty()) {
                draft.problem(parts.location(), "the " + kind.code() + " has no title");
                continue;
            }
            current.resources.add(new Resource(kind, split.text(), url, difficulty, parts.body()));
        }
    }

    /** The keyword shared by every item of a list ({@code track} or a resource kind), or empty. */
    private String listKind(BulletList list) {
        String kind = null;
        for (Node item : MarkdownSource.children(list)) {
            String keyword = ListItemParts.of(source, (ListItem) item).keyword();
            boolean known =
                    keyword.equals("track") || ResourceKind.fromCode(keyword).isPresent();
            if (!known || (kind != null && kind.equals("track") != keyword.equals("track"))) {
                return "";
            }
            kind = keyword;
        }
        return kind == null ? "" : kind;
    }

    private void flushDescription() {
        String primary = source.raw(description);
        String secondary = quoteText(secondDescription);
        if (current == null) {
            draft.primarySummary = primary;
            draft.secondarySummary = secondary;
        } else {
            current.primaryDescription = primary;
            current.secondaryDescription = secondary;
        }
        description.clear();
        secondDescription.clear();
    }

    private String quoteText(List<Block> quotes) {
        List<Block> inner = new ArrayList<>();
        for (Block quote : quotes) {
            for (Node child : MarkdownSource.children(quote)) {
                inner.add((Block) child);
            }
        }
        return source.raw(inner);
    }

    static String headingText(MarkdownSource source, Node heading) {
        String line = source.firstLine(heading).strip();
        if (line.startsWith("#")) {
            line = line.replaceFirst("^#{1,6}\\s*", "");
            line = line.replaceFirst("\\s+#+\\s*$", "");
        }
        return line;
    }

    private static String invalidId(String id) {
        return "'" + id + "' is not a valid id: use lower-case letters, digits and single dashes, at most "
                + Ids.MAX_LENGTH + " characters";
    }

    /** Paragraph text under a list item, split into its keyword line, further paragraphs and block quote. */
    record ListItemParts(Location location, String keyword, String rest, String body, String quote) {

        static ListItemParts of(MarkdownSource source, ListItem item) {
            Node first = item.getFirstChild();
            if (!(first instanceof Paragraph)) {
                return new ListItemParts(source.location(item), "", "", "", "");
            }
            String line = source.firstLine(first);
            int colon = line.indexOf(':');
            String keyword = colon > 0 ? line.substring(0, colon).strip() : "";
            String rest = colon > 0 ? line.substring(colon + 1).strip() : line;
            List<Block> body = new ArrayList<>();
            List<Block> quote = new ArrayList<>();
            for (Node child = first.getNext(); child != null; child = child.getNext()) {
                if (child instanceof BlockQuote q) {
                    MarkdownSource.children(q).forEach(c -> quote.add((Block) c));
                } else {
                    body.add((Block) child);
                }
            }
            String firstRest = source.rawAfterFirstLine(first);
            String bodyText = source.raw(body);
            String joined =
                    firstRest.isEmpty() ? bodyText : bodyText.isEmpty() ? firstRest : firstRest + "\n\n" + bodyText;
            return new ListItemParts(source.location(first), keyword, rest, joined, source.raw(quote));
        }
    }
}
