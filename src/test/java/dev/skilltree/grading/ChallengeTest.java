package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skilltree.roadmap.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ChallengeTest {

    private static Challenge challenge(List<String> nodes, Map<String, String> starter) {
        return new Challenge(
                "fizzbuzz",
                new Text("嘶嘶嗡嗡", "FizzBuzz"),
                nodes,
                null,
                null,
                ChallengeKind.UNIT,
                Limits.DEFAULT,
                new Text("写一个函数", "Write a function"),
                new TreeMap<>(starter),
                new TreeMap<>(Map.of("tests/test_fizzbuzz.py", "import unittest\n")),
                new TreeMap<>(Map.of("solution.py", "def fizzbuzz(n): ...\n")));
    }

    @Test
    void acceptsOnlyTheStarterFilesFromALearner() {
        Challenge challenge = challenge(List.of("loops"), Map.of("solution.py", "", "helpers.py", ""));

        assertThat(challenge.accepts("solution.py")).isTrue();
        assertThat(challenge.accepts("helpers.py")).isTrue();
        assertThat(challenge.accepts("tests/test_fizzbuzz.py")).isFalse();
        assertThat(challenge.accepts("reference/solution.py")).isFalse();
    }

    @Test
    void listsFilesInPathOrder() {
        Map<String, String> starter = new HashMap<>(Map.of("zeta.py", "", "alpha.py", "", "mid/beta.py", ""));

        assertThat(challenge(List.of(), starter).starter().keySet())
                .containsExactly("alpha.py", "mid/beta.py", "zeta.py");
    }

    @Test
    void cannotBeChangedThroughTheListsAndMapsItWasBuiltFrom() {
        List<String> nodes = new ArrayList<>(List.of("loops"));
        TreeMap<String, String> starter = new TreeMap<>(Map.of("solution.py", "pass\n"));
        Challenge challenge = new Challenge(
                "fizzbuzz",
                Text.EMPTY,
                nodes,
                null,
                null,
                ChallengeKind.UNIT,
                Limits.DEFAULT,
                Text.EMPTY,
                starter,
                new TreeMap<>(),
                new TreeMap<>());

        nodes.add("types");
        starter.put("extra.py", "");

        assertThat(challenge.nodes()).containsExactly("loops");
        assertThat(challenge.accepts("extra.py")).isFalse();
        assertThatThrownBy(() -> challenge.starter().put("extra.py", ""))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> challenge.tests().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
