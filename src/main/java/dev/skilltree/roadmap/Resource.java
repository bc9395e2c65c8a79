package dev.skilltree.roadmap;

/** A book, course, site or tool that helps with a node; url, difficulty and note are optional. */
public record Resource(ResourceKind kind, String title, String url, Difficulty difficulty, String note) {

    public Resource {
        if (kind == null || title == null || title.isBlank()) {
            throw new IllegalArgumentException("a resource needs a kind and a title");
        }
        note = note == null ? "" : note;
    }
}
