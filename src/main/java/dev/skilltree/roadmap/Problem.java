package dev.skilltree.roadmap;

/** One thing wrong with a roadmap document, said in a plain sentence at the place it was found. */
public record Problem(Location location, String message) {

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
