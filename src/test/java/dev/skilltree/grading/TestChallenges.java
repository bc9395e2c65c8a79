package dev.skilltree.grading;

import dev.skilltree.roadmap.Difficulty;
import dev.skilltree.roadmap.Estimate;
import dev.skilltree.roadmap.Text;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A unit challenge made in a test: one learner file, solution.py, with its tests and reference. */
public final class TestChallenges {

    private TestChallenges() {}

    public static Challenge unit(String slug, Limits limits, Map<String, String> tests, String reference) {
        return new Challenge(
                slug,
                new Text(slug, slug),
                List.of(),
                Difficulty.BEGINNER,
                new Estimate(1, 1),
                ChallengeKind.UNIT,
                limits,
                new Text("-", "-"),
                new TreeMap<>(Map.of("solution.py", "")),
                new TreeMap<>(tests),
                new TreeMap<>(Map.of("solution.py", reference)));
    }

    /** A program challenge made in a test: one learner file, main.py (empty to start), graded by its grade.py. */
    public static Challenge program(
            ChallengeKind kind, Limits limits, Scenario scenario, String gradePy, String reference) {
        return new Challenge(
                "made-up",
                new Text("made-up", "made-up"),
                List.of(),
                Difficulty.BEGINNER,
                new Estimate(1, 1),
                kind,
                limits,
                new Text("-", "-"),
                new TreeMap<>(Map.of("main.py", "")),
                new TreeMap<>(Map.of("grade.py", gradePy)),
                new TreeMap<>(Map.of("main.py", reference)),
                scenario);
    }
}
