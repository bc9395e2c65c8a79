package dev.skilltree.review;

/** A deck that cannot be imported: the message says which file and line, and what is wrong. */
public class InvalidDeck extends RuntimeException {

    private InvalidDeck(String message) {
        super(message);
    }

    static InvalidDeck because(String what) {
        return new InvalidDeck("Cannot import the deck: " + what);
    }
}
