package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.RequiresSystemPackage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The perf and memory graders with the real sandbox and the shipped example challenges. */
@RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
class ScenarioGradingTest {

    private static Grader grader;
    private static Challenge primes;
    private static Challenge stats;

    @BeforeAll
    static void startGrader() {
        grader = Grader.create(PythonInterpreter.resolve("python3"));
        primes = BuiltInChallenges.get("prime-counts");
        stats = BuiltInChallenges.get("stream-stats");
    }

    @Test
    void theReferenceIsAsFastAsItselfAndTheLearnerSeesTheRatio() {
        GradeResult result = grader.grade(primes, primes.reference(), 0);

        assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.PASSED);
        assertThat(result.tests()).extracting(TestOutcome::name).containsExactly("output", "speed");
        assertThat(result.tests().get(1).message())
                .matches("median [\\d.]+ ms against the reference's [\\d.]+ ms over 3 runs each: [\\d.]+× "
                        + "\\(at most 3\\.00×\\)");
    }

    @Test
    void theStarterFailsOnItsOutput() {
        GradeResult result = grader.grade(primes, primes.starter(), 0);

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.tests()).singleElement().satisfies(t -> {
            assertThat(t.status()).isEqualTo("fail");
            assertThat(t.message())
                    .startsWith("the program exited with status 1")
                    .contains("NotImplementedError");
        });
    }

    @Test
    void claimingATimeChangesNothing() {
        GradeResult result = grader.grade(primes, Map.of("main.py", program("claims-a-time") + slowPrimes()), 0);

        assertThat(result.verdict()).as(result.toString()).isNotEqualTo(Verdict.PASSED);
    }

    @Test
    void theKernelsPeakDecidesMemory() {
        GradeResult reference = grader.grade(stats, stats.reference(), 0);
        GradeResult hoarding = grader.grade(stats, Map.of("main.py", program("hoards-memory")), 0);

        assertThat(reference.verdict()).as(reference.toString()).isEqualTo(Verdict.PASSED);
        assertThat(reference.tests().get(1).message())
                .matches("peak [\\d.]+ MB against the reference's [\\d.]+ MB \\(at most [\\d.]+ MB\\)");
        // As root the program cannot signal its supervisor and is measured; as another user it can kill it, and loses.
        assertThat(hoarding.verdict()).as(hoarding.toString()).isIn(Verdict.FAILED, Verdict.ERROR);
        if (hoarding.verdict() == Verdict.FAILED) {
            assertThat(hoarding.tests()).extracting(TestOutcome::status).containsExactly("pass", "fail");
        }
        assertThat(SandboxedGradingTest.sandboxProcesses()).isEmpty();
    }

    @Test
    void aMemoryStarterFailsAndTheGraderIsFineAfterwards() {
        assertThat(grader.grade(stats, stats.starter(), 0).verdict()).isEqualTo(Verdict.FAILED);
        assertThat(grader.grade(stats, stats.reference(), 1).verdict()).isEqualTo(Verdict.PASSED);
    }

    /** A correct program several times slower than the reference: one of prime-counts' wrong solutions. */
    private static String slowPrimes() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of(
                    "src/main/resources/content/challenges/prime-counts/wrong/marks-one-index-at-a-time/main.py"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String program(String name) {
        try (InputStream in = ScenarioGradingTest.class.getResourceAsStream("programs/" + name + ".py")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
