package dev.skilltree.grading.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skilltree.grading.Challenge;
import dev.skilltree.grading.InvalidChallenge;
import dev.skilltree.grading.Limits;
import dev.skilltree.grading.PythonInterpreter;
import dev.skilltree.grading.TestChallenges;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The split of unittest files on the trusted side, with the real interpreter. */
class RewriterTest {

    private static Rewriter rewriter;

    @BeforeAll
    static void prepare() {
        rewriter = new Rewriter(PythonInterpreter.resolve("python3"), GradingScripts.extract());
    }

    @Test
    void theLearnersVersionKeepsTheInputsButNoExpectedSideOrComparison() {
        Rewriter.Split split = rewriter.split(challenge("""
                import unittest
                from solution import area

                class AreaTest(unittest.TestCase):
                    def test_square(self):
                        self.assertEqual(area(7, 7), 4242)

                    def test_reversed(self):
                        self.assertGreater(31337, area(1, 2))

                    def test_raises(self):
                        with self.assertRaises(OverflowError):
                            area(-1, 2)

                    def test_plain_assert(self):
                        assert area(3, 3) == 9090
                """));

        String learner = split.learner().get("test_area.py");
        assertThat(learner).contains("area(7, 7)", "area(1, 2)", "area(-1, 2)", "area(3, 3)");
        assertThat(learner)
                .doesNotContain(
                        "4242", "31337", "OverflowError", "9090", "op=", "expected=", "self.assert", "assert area");
        assertThat(split.reference().get("test_area.py"))
                .contains("expected=lambda: 4242", "op='less'", "OverflowError", "expected=lambda: 9090");
    }

    @Test
    void failIsRefusedToo() {
        Challenge challenge = challenge("""
                import unittest

                class FailTest(unittest.TestCase):
                    def test_fails(self):
                        self.fail("never")
                """);

        assertThatThrownBy(() -> rewriter.split(challenge))
                .hasMessageContaining("rewritten/tests/test_area.py:5: self.fail cannot be graded here");
    }

    @Test
    void attributesThatOnlyStartLikeAnAssertionAreLeftAlone() {
        Rewriter.Split split = rewriter.split(challenge("""
                import unittest

                class Counter:
                    def __init__(self):
                        self.failures = 0
                        self.assertions = []

                class CounterTest(unittest.TestCase):
                    def test_counts(self):
                        self.assertEqual(Counter().failures, 0)
                """));

        assertThat(split.learner().get("test_area.py")).contains("self.failures = 0", "self.assertions = []");
    }

    @Test
    void everyLineKeepsItsNumberSoTracebacksPointAtTheAuthorsLines() {
        String test = """
                import unittest

                class LinesTest(unittest.TestCase):
                    def test_lines(self):
                        self.assertEqual(
                            len("abc"),
                            3)
                        with self.assertRaises(
                                ZeroDivisionError):
                            1 / 0
                        missing_name
                """;

        Rewriter.Split split = rewriter.split(challenge(test));

        for (String side :
                List.of(split.learner().get("test_area.py"), split.reference().get("test_area.py"))) {
            assertThat(side.lines().count()).isEqualTo(test.lines().count());
            assertThat(side.lines().toList().get(10)).isEqualTo("        missing_name");
        }
    }

    @Test
    void dataFilesGoToBothSidesUnchanged() {
        Challenge challenge = challenge("import unittest\n");
        TreeMap<String, String> tests = new TreeMap<>(challenge.tests());
        tests.put("words.txt", "apple\n");

        Rewriter.Split split = rewriter.split(withTests(challenge, tests));

        assertThat(split.learner()).containsEntry("words.txt", "apple\n");
        assertThat(split.reference()).containsEntry("words.txt", "apple\n");
    }

    @Test
    void anAssertionItCannotSplitIsRefusedWithItsFileAndLine() {
        Challenge challenge = challenge("""
                import unittest

                class LogTest(unittest.TestCase):
                    def test_logs(self):
                        with self.assertLogs():
                            pass
                        self.fail("never")
                """);

        assertThatThrownBy(() -> rewriter.split(challenge))
                .isInstanceOf(InvalidChallenge.class)
                .hasMessageContaining("rewritten/tests/test_area.py:5: self.assertLogs cannot be graded here");
    }

    private static Challenge challenge(String test) {
        return TestChallenges.unit("rewritten", Limits.DEFAULT, Map.of("test_area.py", test), "");
    }

    private static Challenge withTests(Challenge c, TreeMap<String, String> tests) {
        return new Challenge(
                c.slug(),
                c.title(),
                c.nodes(),
                c.difficulty(),
                c.estimate(),
                c.kind(),
                c.limits(),
                c.statement(),
                c.starter(),
                tests,
                c.reference());
    }
}
