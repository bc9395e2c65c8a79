package dev.skilltree.review;

/** Undo with no rating left to take back. */
public class NothingToUndo extends RuntimeException {

    NothingToUndo() {
        super("There is no rating to undo.");
    }
}
