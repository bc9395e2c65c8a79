package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GraderTest {

    private final Challenge challenge =
            TestChallenges.unit("demo", Limits.DEFAULT, Map.of("test_demo.py", "import unittest\n"), "");

    @Test
    void refusesSubmissionsWithBadPathsOrUnknownFiles() {
        assertThatThrownBy(() -> Grader.check(challenge, Map.of("../solution.py", "")))
                .hasMessageContaining("without '..'");
        assertThatThrownBy(() -> Grader.check(challenge, Map.of("/etc/passwd", "")))
                .isInstanceOf(InvalidSubmission.class);
        assertThatThrownBy(() -> Grader.check(challenge, Map.of("solution.py", "", "extra.py", "")))
                .hasMessage("'extra.py' is not a file of this challenge; submit solution.py");
        assertThatThrownBy(() -> Grader.check(challenge, Map.of("solution.py", "x".repeat(300 * 1024))))
                .hasMessageContaining("at most 20 files and 256 KB");
    }
}
