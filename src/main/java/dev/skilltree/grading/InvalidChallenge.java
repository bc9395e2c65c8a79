package dev.skilltree.grading;

import java.util.List;

/** A challenge folder that cannot be used; every problem names the file it is in. */
public class InvalidChallenge extends RuntimeException {

    private final List<String> problems;

    private InvalidChallenge(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public static InvalidChallenge of(List<String> problems) {
        return new InvalidChallenge(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
