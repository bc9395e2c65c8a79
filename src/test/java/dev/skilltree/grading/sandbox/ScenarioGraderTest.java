package dev.skilltree.grading.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.grading.Challenge;
import dev.skilltree.grading.ChallengeKind;
import dev.skilltree.grading.GradeResult;
import dev.skilltree.grading.Isolation;
import dev.skilltree.grading.Limits;
import dev.skilltree.grading.PythonInterpreter;
import dev.skilltree.grading.Scenario;
import dev.skilltree.grading.TestChallenges;
import dev.skilltree.grading.TestOutcome;
import dev.skilltree.grading.Verdict;
import dev.skilltree.support.RequiresSystemPackage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Perf and memory grading of small programs made in the test, in the real sandbox: the output compared line by line
 * with the reference's, then speed or memory against the reference's. The shipped challenges are in
 * ScenarioGradingTest.
 */
@RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
class ScenarioGraderTest {

    private static final Limits LIMITS = new Limits(5, 5, 256, 4, 64);
    private static final String WORKLOAD = "def workload(rng):\n    return '1\\n2\\n3\\n'\n";
    private static final String DOUBLES = "import sys\nfor line in sys.stdin:\n    print(int(line) * 2)\n";

    private static ScenarioGrader grader;

    @TempDir
    Path tmp;

    @BeforeAll
    static void createGrader() {
        grader = new ScenarioGrader(
                new Sandbox(PythonInterpreter.resolve("python3"), GradingScripts.extract(), Isolation.BUBBLEWRAP));
    }

    @Test
    void aProgramAsFastAsTheReferencePassesAndSeesBothMedians() throws Exception {
        GradeResult result = grade(perf(2, 50), DOUBLES);

        assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.PASSED);
        assertThat(result.tests()).extracting(TestOutcome::name).containsExactly("output", "speed");
        assertThat(result.tests().get(1).message())
                .matches("median [\\d.]+ ms against the reference's [\\d.]+ ms over 2 runs each: [\\d.]+× "
                        + "\\(at most 50\\.00×\\)");
    }

    @Test
    void aProgramFarSlowerThanTheRatioAllowsFailsOnSpeed() throws Exception {
        GradeResult result = grade(perf(1, 1.5), "import time\ntime.sleep(0.3)\n" + DOUBLES);

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.message()).isEqualTo("1 of 2 checks passed");
        assertThat(result.tests()).extracting(TestOutcome::status).containsExactly("pass", "fail");
        assertThat(result.tests().get(1).message()).contains("over 1 runs each", "(at most 1.50×)");
    }

    @Test
    void aWrongLineIsShownWithWhatWasExpected() throws Exception {
        GradeResult result = grade(perf(3, 50), "print(2)\nprint(5)\nprint(6)\n");

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.tests()).singleElement().satisfies(t -> assertThat(t.message())
                .isEqualTo("line 2 of the output: got '5', expected '4'"));
    }

    @Test
    void aMissingLineIsShownAsNothing() throws Exception {
        GradeResult result = grade(perf(1, 50), "print(2)\nprint(4)\n");

        assertThat(result.tests().getFirst().message())
                .isEqualTo("line 3 of the output: got '(nothing)', expected '6'");
    }

    @Test
    void outputThatDiffersOnlyInLineEndingsIsToldSo() throws Exception {
        GradeResult result = grade(perf(1, 50), "import sys\nsys.stdout.write('2\\r\\n4\\r\\n6\\r\\n')\n");

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.tests().getFirst().message())
                .isEqualTo("the output differs from the reference's in its line endings");
    }

    @Test
    void aLongLineIsClippedInTheMessage() throws Exception {
        Challenge challenge = challenge(ChallengeKind.PERF, new Scenario("main.py", 1, 50, 0, 0), "print('a' * 200)\n");

        GradeResult result = grade(challenge, "print('b' * 200)\n");

        assertThat(result.tests().getFirst().message())
                .isEqualTo("line 1 of the output: got '" + "b".repeat(117) + "...', expected '" + "a".repeat(117)
                        + "...'");
    }

    @Test
    void aProgramThatPeaksFarAboveTheReferenceFailsOnMemory() throws Exception {
        Challenge challenge = challenge(ChallengeKind.MEMORY, new Scenario("main.py", 1, 0, 1.0, 1), DOUBLES);

        GradeResult result = grade(challenge, "hoard = b'x' * (96 * 1024 * 1024)\n" + DOUBLES);

        assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.FAILED);
        assertThat(result.tests()).extracting(TestOutcome::name).containsExactly("output", "memory");
        assertThat(result.tests().get(1).status()).isEqualTo("fail");
        assertThat(result.tests().get(1).message())
                .matches("peak [\\d.]+ MB against the reference's [\\d.]+ MB \\(at most [\\d.]+ MB\\)");
    }

    @Test
    void aGradeScriptThatMakesNoWorkloadIsOursToRetry() throws Exception {
        Challenge challenge = challenge(
                ChallengeKind.PERF,
                new Scenario("main.py", 1, 50, 0, 0),
                "def workload(rng):\n    raise RuntimeError('no workload today')\n",
                DOUBLES);

        GradeResult result = grade(challenge, DOUBLES);

        assertThat(result.verdict()).isEqualTo(Verdict.SANDBOX_ERROR);
        assertThat(result.message()).isEqualTo("made-up: grade.py gave no workload: RuntimeError: no workload today");
    }

    @Test
    void aReferenceThatCannotCompleteTheWorkloadIsOursToRetry() throws Exception {
        Challenge challenge = challenge(
                ChallengeKind.PERF, new Scenario("main.py", 1, 50, 0, 0), "import sys\nsys.exit('out of order')\n");

        GradeResult result = grade(challenge, DOUBLES);

        assertThat(result.verdict()).isEqualTo(Verdict.SANDBOX_ERROR);
        assertThat(result.message()).isEqualTo("made-up: the reference did not complete the workload: out of order");
    }

    private GradeResult grade(Challenge challenge, String learner) throws IOException, InterruptedException {
        Path submission = RunFiles.writeAll(tmp.resolve("submission"), Map.of("main.py", learner));
        Path reference = RunFiles.writeAll(tmp.resolve("reference"), challenge.reference());
        return grader.grade(challenge, submission, reference, 42, tmp, 3);
    }

    /** A perf challenge whose reference doubles each number of the workload 1, 2, 3. */
    private static Challenge perf(int runs, double ratio) {
        return challenge(ChallengeKind.PERF, new Scenario("main.py", runs, ratio, 0, 0), DOUBLES);
    }

    private static Challenge challenge(ChallengeKind kind, Scenario scenario, String reference) {
        return challenge(kind, scenario, WORKLOAD, reference);
    }

    private static Challenge challenge(ChallengeKind kind, Scenario scenario, String grade, String reference) {
        return TestChallenges.program(kind, LIMITS, scenario, grade, reference);
    }
}
