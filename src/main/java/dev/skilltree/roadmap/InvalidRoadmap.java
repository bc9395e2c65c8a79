package dev.skilltree.roadmap;

import java.util.List;

/** A roadmap document that cannot be imported; carries every problem found, each with its place. */
public class InvalidRoadmap extends RuntimeException {

    private final List<Problem> problems;

    private InvalidRoadmap(List<Problem> problems) {
        super(problems.size() + " problem(s), first: " + problems.getFirst());
        this.problems = List.copyOf(problems);
    }

    public static InvalidRoadmap of(List<Problem> problems) {
        return new InvalidRoadmap(problems);
    }

    public static InvalidRoadmap of(Problem problem) {
        return new InvalidRoadmap(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
