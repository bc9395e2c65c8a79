package dev.skilltree.grading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A mistake a learner really makes, kept in a challenge's {@code wrong/<name>/} folder to prove that its checks fail
 * for the right reason. Its {@code expect} file names the verdict it must get and, after {@code ": "}, a text that
 * must appear in a check that did not pass (or in the verdict's message). It holds the files it changes; the others
 * are the starter's. Never served to learners.
 */
public record WrongSolution(String name, SortedMap<String, String> files, Verdict verdict, String because) {

    static final String EXPECT = "expect";

    /** The wrong solutions of a challenge folder given as its files; a malformed one is a problem with its path. */
    static List<WrongSolution> in(String folder, Map<String, String> files, Challenge challenge) {
        Map<String, SortedMap<String, String>> byName = new TreeMap<>();
        files.forEach((path, text) -> {
            String[] parts = path.split("/", 3);
            if (parts.length == 3 && parts[0].equals("wrong")) {
                byName.computeIfAbsent(parts[1], n -> new TreeMap<>()).put(parts[2], text);
            }
        });
        List<String> problems = new ArrayList<>();
        List<WrongSolution> wrong = new ArrayList<>();
        byName.forEach((name, own) -> {
            String where = folder + "/wrong/" + name;
            String expect = own.remove(EXPECT);
            own.keySet().stream()
                    .filter(path -> !challenge.accepts(path))
                    .forEach(path ->
                            problems.add(where + "/" + path + ": not a starter file, so no learner could submit it"));
            if (own.isEmpty()) {
                problems.add(where + ": holds no solution file");
            }
            String first =
                    expect == null ? "" : expect.lines().findFirst().orElse("").strip();
            int colon = first.indexOf(':');
            String code = colon < 0 ? first : first.substring(0, colon).strip();
            Verdict verdict = Arrays.stream(Verdict.values())
                    .filter(v -> v.name().equals(code))
                    .findFirst()
                    .orElse(null);
            if (verdict == null || verdict == Verdict.PASSED || verdict == Verdict.SANDBOX_ERROR) {
                problems.add(
                        where + "/" + EXPECT + ":1: must start with the verdict it gets (FAILED, ERROR, "
                                + "TIME_LIMIT, MEMORY_LIMIT or OUTPUT_LIMIT), then optionally ': ' and a text its failure shows");
            } else {
                String because = colon < 0 ? "" : first.substring(colon + 1).strip();
                SortedMap<String, String> whole = new TreeMap<>(challenge.starter());
                whole.putAll(own);
                wrong.add(new WrongSolution(name, whole, verdict, because));
            }
        });
        if (!problems.isEmpty()) {
            throw InvalidChallenge.of(problems);
        }
        return List.copyOf(wrong);
    }

    /** Whether a grading of this solution is what its author expects: the verdict, failing for the reason given. */
    public boolean expected(GradeResult result) {
        if (result.verdict() != verdict) {
            return false;
        }
        return because.isEmpty()
                || result.message().contains(because)
                || result.tests().stream()
                        .filter(t -> !t.status().equals("pass"))
                        .anyMatch(t -> t.name().contains(because) || t.message().contains(because));
    }
}
