package dev.skilltree.grading;

import dev.skilltree.roadmap.Difficulty;
import dev.skilltree.roadmap.Estimate;
import dev.skilltree.roadmap.Text;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;

/**
 * A challenge: its statement and starter files are shown to learners; its tests and reference solution never are.
 * File maps go from a relative path to the file's text.
 */
public record Challenge(
        String slug,
        Text title,
        List<String> nodes,
        Difficulty difficulty,
        Estimate estimate,
        ChallengeKind kind,
        Limits limits,
        Text statement,
        SortedMap<String, String> starter,
        SortedMap<String, String> tests,
        SortedMap<String, String> reference,
        Scenario scenario,
        ChallengeTags tags) {

    /** A challenge without tags. */
    public Challenge(
            String slug,
            Text title,
            List<String> nodes,
            Difficulty difficulty,
            Estimate estimate,
            ChallengeKind kind,
            Limits limits,
            Text statement,
            SortedMap<String, String> starter,
            SortedMap<String, String> tests,
            SortedMap<String, String> reference,
            Scenario scenario) {
        this(
                slug,
                title,
                nodes,
                difficulty,
                estimate,
                kind,
                limits,
                statement,
                starter,
                tests,
                reference,
                scenario,
                ChallengeTags.NONE);
    }

    /** A unit challenge, which needs no scenario. */
    public Challenge(
            String slug,
            Text title,
            List<String> nodes,
            Difficulty difficulty,
            Estimate estimate,
            ChallengeKind kind,
            Limits limits,
            Text statement,
            SortedMap<String, String> starter,
            SortedMap<String, String> tests,
            SortedMap<String, String> reference) {
        this(
                slug,
                title,
                nodes,
                difficulty,
                estimate,
                kind,
                limits,
                statement,
                starter,
                tests,
                reference,
                Scenario.NONE);
    }

    public Challenge {
        nodes = List.copyOf(nodes);
        starter = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(starter));
        tests = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(tests));
        reference = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(reference));
    }

    /** A digest of everything grading depends on: results cached under it are valid while it holds. */
    public String version() {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            digest.update((slug + "\u0000" + kind + "\u0000" + limits + "\u0000" + scenario + "\u0000")
                    .getBytes(StandardCharsets.UTF_8));
            for (var files : List.of(tests, reference)) {
                files.forEach((path, text) ->
                        digest.update((path + "\u0000" + text + "\u0000").getBytes(StandardCharsets.UTF_8)));
                digest.update((byte) 1);
            }
            return java.util.HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file names a learner may submit: those of the starter. */
    public boolean accepts(String path) {
        return starter.containsKey(path);
    }
}
