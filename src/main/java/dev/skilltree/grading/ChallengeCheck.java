package dev.skilltree.grading;

import dev.skilltree.grading.catalog.ChallengeReader;
import dev.skilltree.grading.sandbox.Comparison;
import dev.skilltree.grading.sandbox.Observations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * An author's check of a challenge folder: it must read as a challenge, its checks must split, its reference must
 * pass, its starter must not, and each of its wrong solutions must get the verdict its author expects. Also what the
 * reference observed, so the author sees what learners are held to, and how long each grading took.
 */
public record ChallengeCheck(
        Challenge challenge, Graded reference, Graded starter, List<GradedWrong> wrong, List<String> observations) {

    /** One grading and the wall time it took, from the request to the verdict. */
    public record Graded(GradeResult result, long millis) {

        public Verdict verdict() {
            return result.verdict();
        }
    }

    /** A wrong solution and what grading made of it. */
    public record GradedWrong(WrongSolution solution, Graded graded) {

        public boolean asExpected() {
            return solution.expected(graded.result());
        }
    }

    /** Whether the challenge proves itself: the reference passes, the starter does not, each wrong one as expected. */
    public boolean ok() {
        return reference.verdict() == Verdict.PASSED
                && starter.verdict() != Verdict.PASSED
                && starter.verdict() != Verdict.SANDBOX_ERROR
                && wrong.stream().allMatch(GradedWrong::asExpected);
    }

    /** Reads {@code folder}, then grades its reference, its starter and its wrong solutions; a bad folder throws. */
    public static ChallengeCheck of(Grader grader, Path folder) {
        return of(grader, folder, Grader.commandSlot());
    }

    /** As {@link #of(Grader, Path)}, grading in {@code slot}, so that checks made at once run as different users. */
    public static ChallengeCheck of(Grader grader, Path folder, int slot) {
        Map<String, String> files = files(folder);
        Challenge challenge = ChallengeReader.read(folder.toString(), files);
        List<WrongSolution> wrongSolutions = WrongSolution.in(folder.toString(), files, challenge);
        try {
            List<String> observations = challenge.kind() == ChallengeKind.UNIT
                    ? describe(grader.referenceObservations(challenge))
                    : List.of("(a " + challenge.kind().code() + " challenge: see the reference's report below)");
            Graded reference = graded(grader, challenge, challenge.reference(), slot);
            Graded starter = graded(grader, challenge, challenge.starter(), slot);
            List<GradedWrong> wrong = new ArrayList<>();
            for (WrongSolution solution : wrongSolutions) {
                wrong.add(new GradedWrong(solution, graded(grader, challenge, solution.files(), slot)));
            }
            return new ChallengeCheck(challenge, reference, starter, wrong, observations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Graded graded(Grader grader, Challenge challenge, Map<String, String> files, int slot)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        GradeResult result = grader.grade(challenge, files, slot);
        return new Graded(result, (System.nanoTime() - start) / 1_000_000);
    }

    private static List<String> describe(Observations reference) {
        List<String> lines = new ArrayList<>();
        if (reference.loadError() != null) {
            lines.add("the reference did not load: " + reference.loadError());
        }
        for (Observations.Test test : reference.tests()) {
            lines.add(test.name()
                    + (test.status().equals("done") ? "" : " (" + test.status() + ": " + test.error() + ")"));
            for (JsonNode check : test.checks()) {
                String op = check.path("op").asString("");
                String got = check.has("raised")
                        ? "raised " + check.path("raised").path("type").asString("")
                        : check.path("shown").asString("");
                String compared = op.equals("same") || op.equals("close")
                        ? ""
                        : "  [" + op + (check.has("expected") ? " " + shown(check.path("expected")) : "") + "]";
                lines.add("  " + Comparison.where(check) + ": " + got + compared);
            }
        }
        return lines;
    }

    private static String shown(JsonNode outcome) {
        return outcome.has("raised")
                ? "raised " + outcome.path("raised").path("type").asString("")
                : outcome.path("shown").asString("");
    }

    private static Map<String, String> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw InvalidChallenge.of(List.of(folder + ": not a folder"));
        }
        Map<String, String> files = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.filter(Files::isRegularFile).toList()) {
                String relative = folder.relativize(path).toString().replace('\\', '/');
                try {
                    files.put(relative, Files.readString(path));
                } catch (MalformedInputException e) {
                    problems.add(folder + "/" + relative + ": not UTF-8 text");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
        if (!problems.isEmpty()) {
            throw InvalidChallenge.of(problems);
        }
        return files;
    }
}
