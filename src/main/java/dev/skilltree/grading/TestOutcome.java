package dev.skilltree.grading;

import java.util.List;

/** One hidden test as the learner sees it: status is pass, fail, error or skip. */
public record TestOutcome(String name, String status, String message, String output, double durationMs) {

    private static final String FRAME = "  File \"";

    /** The message without the traceback lines that point into the learner's files. */
    public String problem() {
        return message.lines()
                .takeWhile(l -> !l.startsWith(FRAME))
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }

    /** The traceback lines in the learner's own files, each with its file, line and code, innermost last. */
    public List<String> ownTraceback() {
        List<String> lines = message.lines().toList();
        List<String> frames = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(FRAME)) {
                boolean code = i + 1 < lines.size() && lines.get(i + 1).startsWith("    ");
                frames.add(
                        lines.get(i).strip() + (code ? "\n    " + lines.get(++i).strip() : ""));
            }
        }
        return frames;
    }
}
