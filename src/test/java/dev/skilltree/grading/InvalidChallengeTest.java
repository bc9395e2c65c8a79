package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidChallengeTest {

    @Test
    void saysEveryProblemInOneMessageAndKeepsThemApart() {
        InvalidChallenge invalid = InvalidChallenge.of(
                List.of("upload.zip/challenge.md: 'slug' is missing", "upload.zip/tests: there is no test_*.py file"));

        assertThat(invalid)
                .hasMessage("upload.zip/challenge.md: 'slug' is missing; upload.zip/tests: there is no test_*.py file");
        assertThat(invalid.problems())
                .containsExactly(
                        "upload.zip/challenge.md: 'slug' is missing", "upload.zip/tests: there is no test_*.py file");
    }

    @Test
    void keepsTheProblemsAsFoundWhateverTheFinderDoesWithItsListAfterwards() {
        List<String> found = new ArrayList<>(List.of("a/challenge.md:1: the front matter is not closed"));

        InvalidChallenge invalid = InvalidChallenge.of(found);
        found.add("a/reference: there is no reference solution");

        assertThat(invalid.problems()).containsExactly("a/challenge.md:1: the front matter is not closed");
    }
}
