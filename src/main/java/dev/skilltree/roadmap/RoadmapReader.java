package dev.skilltree.roadmap;

import java.net.URI;
import java.util.List;

/**
 * Reads roadmap documents: the authoring format, outlines with headings and lists, or plain-text guides.
 * Throws {@link InvalidRoadmap} with every problem, each with its file and line.
 */
public final class RoadmapReader {

    private RoadmapReader() {}

    public static Roadmap read(SourceFile file) {
        return read(List.of(file));
    }

    /** Reads several files as one document, in the given order. */
    public static Roadmap read(List<SourceFile> files) {
        return read(files, null);
    }

    /**
     * Reads several files as one document; {@code baseUrl}, when not null, resolves relative links in an outline's
     * titles, so that a README from a repository keeps working links.
     */
    public static Roadmap read(List<SourceFile> files, URI baseUrl) {
        MarkdownSource source = new MarkdownSource(files);
        String name = source.firstSourceName();
        if (source.isBlank()) {
            throw InvalidRoadmap.of(new Problem(new Location(name, 1), "the document is empty"));
        }
        String fallbackId = fallbackId(name);
        RoadmapDraft draft;
        if (AuthoringReader.recognises(source)) {
            draft = new AuthoringReader(source).read();
        } else if (OutlineReader.recognises(source)) {
            draft = new OutlineReader(source.withInlines(), fallbackId, baseUrl).read();
        } else {
            draft = new PlainTextReader(source, fallbackId).read();
        }
        return draft.build();
    }

    /** An id made from a file name, for documents that do not name their roadmap. */
    static String fallbackId(String fileName) {
        String base = fileName.replaceAll(".*[/\\\\]", "").replaceFirst("\\.[^.]*$", "");
        String slug = Ids.slug(base, 6);
        return slug.isEmpty() ? "roadmap" : slug;
    }
}
