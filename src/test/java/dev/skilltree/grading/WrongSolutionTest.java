package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skilltree.roadmap.Difficulty;
import dev.skilltree.roadmap.Estimate;
import dev.skilltree.roadmap.Text;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class WrongSolutionTest {

    /** Two starter files: a learner submits solution.py and helper.py. */
    private static final Challenge CHALLENGE = new Challenge(
            "add-two",
            new Text("加二", "Add two"),
            List.of(),
            Difficulty.BEGINNER,
            new Estimate(1, 1),
            ChallengeKind.UNIT,
            Limits.DEFAULT,
            new Text("-", "-"),
            new TreeMap<>(Map.of("solution.py", "def add_two(n): ...\n", "helper.py", "TWO = 2\n")),
            new TreeMap<>(Map.of("test_add.py", "")),
            new TreeMap<>(Map.of("solution.py", "", "helper.py", "")));

    @Test
    void readsEachWrongFolderAsTheStarterWithItsFilesAndTheVerdictAndReasonOfItsExpectFile() {
        List<WrongSolution> wrong = WrongSolution.in(
                "add-two",
                Map.of(
                        "challenge.md", "---\n",
                        "tests/test_add.py", "",
                        "wrong/loops/solution.py", "while True: pass\n",
                        "wrong/loops/expect", "TIME_LIMIT\n",
                        "wrong/adds-one/solution.py", "def add_two(n): return n + 1\n",
                        "wrong/adds-one/expect", "FAILED: test_adds_two \nOne, not two: the sum is off by one.\n"),
                CHALLENGE);

        assertThat(wrong).extracting(WrongSolution::name).containsExactly("adds-one", "loops");
        WrongSolution addsOne = wrong.getFirst();
        assertThat(addsOne.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(addsOne.because()).isEqualTo("test_adds_two");
        assertThat(addsOne.files())
                .containsExactly(
                        Map.entry("helper.py", "TWO = 2\n"),
                        Map.entry("solution.py", "def add_two(n): return n + 1\n"));
        assertThat(wrong.get(1).verdict()).isEqualTo(Verdict.TIME_LIMIT);
        assertThat(wrong.get(1).because()).isEmpty();
    }

    @Test
    void aChallengeWithoutWrongSolutionsHasNone() {
        assertThat(WrongSolution.in("add-two", Map.of("starter/solution.py", ""), CHALLENGE))
                .isEmpty();
    }

    @Test
    void namesEveryMalformedWrongSolutionByItsPathAtOnce() {
        assertThatThrownBy(() -> WrongSolution.in(
                        "add-two",
                        Map.of(
                                "wrong/extra/solution.py", "",
                                "wrong/extra/notes.py", "",
                                "wrong/extra/expect", "FAILED\n",
                                "wrong/empty/expect", "FAILED\n",
                                "wrong/passes/solution.py", "",
                                "wrong/passes/expect", "PASSED: everything\n",
                                "wrong/unsure/solution.py", ""),
                        CHALLENGE))
                .isInstanceOfSatisfying(InvalidChallenge.class, e -> assertThat(e.problems())
                        .containsExactlyInAnyOrder(
                                "add-two/wrong/extra/notes.py: not a starter file, so no learner could submit it",
                                "add-two/wrong/empty: holds no solution file",
                                "add-two/wrong/passes/expect:1: must start with the verdict it gets (FAILED, ERROR,"
                                        + " TIME_LIMIT, MEMORY_LIMIT or OUTPUT_LIMIT), then optionally ': ' and a"
                                        + " text its failure shows",
                                "add-two/wrong/unsure/expect:1: must start with the verdict it gets (FAILED, ERROR,"
                                        + " TIME_LIMIT, MEMORY_LIMIT or OUTPUT_LIMIT), then optionally ': ' and a"
                                        + " text its failure shows"));
    }

    @Test
    void isAsExpectedOnlyWithItsVerdictAndItsReasonShownByACheckThatDidNotPass() {
        WrongSolution addsOne = new WrongSolution("adds-one", new TreeMap<>(), Verdict.FAILED, "test_adds_two");

        assertThat(addsOne.expected(result(Verdict.FAILED, "", outcome("test_adds_two", "fail", "4 != 5"))))
                .isTrue();
        assertThat(addsOne.expected(result(Verdict.FAILED, "", outcome("test_total", "error", "test_adds_two broke"))))
                .as("the reason in a failing check's message")
                .isTrue();
        assertThat(addsOne.expected(result(Verdict.ERROR, "", outcome("test_adds_two", "error", "NameError"))))
                .as("another verdict")
                .isFalse();
        assertThat(addsOne.expected(result(
                        Verdict.FAILED,
                        "",
                        outcome("test_adds_two", "pass", ""),
                        outcome("test_total", "fail", "7 != 8"))))
                .as("the check it names passed: it failed for another reason")
                .isFalse();
    }

    @Test
    void aReasonMayBeInTheVerdictsMessageAndNoReasonTakesAnyFailureWithTheVerdict() {
        WrongSolution slow = new WrongSolution("loops", new TreeMap<>(), Verdict.TIME_LIMIT, "5 s");
        WrongSolution anyFailure = new WrongSolution("adds-one", new TreeMap<>(), Verdict.FAILED, "");

        assertThat(slow.expected(result(Verdict.TIME_LIMIT, "stopped after the 5 s wall-clock limit")))
                .isTrue();
        assertThat(slow.expected(result(Verdict.TIME_LIMIT, "stopped after 2 s of CPU")))
                .isFalse();
        assertThat(anyFailure.expected(result(Verdict.FAILED, "", outcome("test_total", "fail", "7 != 8"))))
                .isTrue();
    }

    private static GradeResult result(Verdict verdict, String message, TestOutcome... tests) {
        return new GradeResult(verdict, message, List.of(tests), 20);
    }

    private static TestOutcome outcome(String name, String status, String message) {
        return new TestOutcome(name, status, message, "", 1);
    }
}
