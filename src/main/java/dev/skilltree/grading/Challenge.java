package dev.skilltree.grading;

import dev.skilltree.roadmap.Difficulty;
import dev.skilltree.roadmap.Estimate;
import dev.skilltree.roadmap.Text;
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
        String kind,
        Limits limits,
        Text statement,
        SortedMap<String, String> starter,
        SortedMap<String, String> tests,
        SortedMap<String, String> reference) {

    public Challenge {
        nodes = List.copyOf(nodes);
        starter = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(starter));
        tests = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(tests));
        reference = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(reference));
    }

    /** The file names a learner may submit: those of the starter. */
    public boolean accepts(String path) {
        return starter.containsKey(path);
    }
}
