package dev.skilltree.grading;

/** This server cannot grade (no usable Python, or a sandbox it was told to require is missing). */
public class GradingUnavailable extends RuntimeException {

    private GradingUnavailable(String message) {
        super(message);
    }

    static GradingUnavailable because(String problem) {
        return new GradingUnavailable("Grading is off on this server: " + problem);
    }
}
