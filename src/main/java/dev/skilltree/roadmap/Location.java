package dev.skilltree.roadmap;

/** Where something stands in the input: a source name and a 1-based line. */
public record Location(String source, int line) {

    @Override
    public String toString() {
        return source + ":" + line;
    }
}
