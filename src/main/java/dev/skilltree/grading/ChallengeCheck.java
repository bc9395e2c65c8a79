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
 * pass and its starter must not. Also what the reference observed, so the author sees what learners are held to.
 */
public record ChallengeCheck(
        Challenge challenge, GradeResult reference, GradeResult starter, List<String> observations) {

    /** Whether the challenge proves itself: the reference passes and the starter does not. */
    public boolean ok() {
        return reference.verdict() == Verdict.PASSED
                && starter.verdict() != Verdict.PASSED
                && starter.verdict() != Verdict.SANDBOX_ERROR;
    }

    /** Reads {@code folder}, then grades its reference and its starter; a folder that does not read throws. */
    public static ChallengeCheck of(Grader grader, Path folder) {
        Challenge challenge = ChallengeReader.read(folder.toString(), files(folder));
        try {
            List<String> observations = challenge.kind() == ChallengeKind.UNIT
                    ? describe(grader.referenceObservations(challenge))
                    : List.of("(a " + challenge.kind().code() + " challenge: see the reference's report below)");
            return new ChallengeCheck(
                    challenge,
                    grader.grade(challenge, challenge.reference(), 0),
                    grader.grade(challenge, challenge.starter(), 0),
                    observations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
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
