package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.RequiresSystemPackage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Submissions that try to make a verdict better than their behaviour earns, through the real sandbox. Each forger in
 * src/test/resources/dev/skilltree/grading/forgers is put in front of the unchanged starter, as a learner would.
 */
@RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
class ForgedVerdictTest {

    private static Grader grader;
    private static Challenge counter;
    private static Challenge registry;

    @BeforeAll
    static void startGrader() {
        grader = Grader.create(PythonInterpreter.resolve("python3"));
        counter = BuiltInChallenges.get("closure-counter");
        registry = BuiltInChallenges.get("metaclass-registry");
    }

    @ParameterizedTest
    @ValueSource(strings = {"patches-the-framework", "writes-a-result", "exits-at-once", "attacks-the-supervisor"})
    void aForgerInFrontOfTheStarterDoesNotPass(String forger) {
        for (Challenge challenge : List.of(counter, registry)) {
            String file = challenge.starter().firstKey();
            String forged = forger(forger) + "\n" + challenge.starter().get(file);

            GradeResult result = grader.grade(challenge, Map.of(file, forged), 0);

            assertThat(result.verdict())
                    .as(challenge.slug() + ": " + result)
                    .isNotIn(Verdict.PASSED, Verdict.SANDBOX_ERROR);
            assertThat(passing(result))
                    .as(challenge.slug())
                    .isSubsetOf(passing(grader.grade(challenge, challenge.starter(), 0)));
        }
        assertThat(SandboxedGradingTest.sandboxProcesses()).isEmpty();
        assertThat(grader.grade(counter, counter.reference(), 0).verdict()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void exitingAtOnceIsAnErrorThatSaysSo() {
        GradeResult result = grader.grade(
                counter,
                Map.of(
                        "solution.py",
                        forger("exits-at-once") + counter.starter().get("solution.py")),
                0);

        assertThat(result.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(result.message()).isEqualTo("the program stopped before its checks were done (exit status 0)");
    }

    @Test
    void theExpectedAnswerIsNowhereTheLearnersCodeCanRead() {
        String secret = "skilltree-secret-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        Challenge challenge = TestChallenges.unit(
                "secret",
                new Limits(5, 8, 256, 8, 64),
                Map.of(
                        "test_secret.py",
                        "import unittest\nimport solution\n\nclass SecretTest(unittest.TestCase):\n"
                                + "    def test_answer(self):\n        self.assertEqual(solution.run(), '" + secret
                                + "')\n"),
                "def run():\n    return '" + secret + "'\n");

        GradeResult result = grader.grade(challenge, Map.of("solution.py", forger("reads-the-answers")), 0);

        assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.FAILED);
        assertThat(result.tests().getFirst().message())
                .isEqualTo("line 6, solution.run(): got 'not found', expected '" + secret + "'");
    }

    @Test
    void answersHardCodedForTheInputsOfAnEarlierRunFailTheNextOne() {
        String spy = counter.reference()
                .get("solution.py")
                .replace(
                        "    current = start - step\n",
                        "    print('INPUTS', start, step)\n    current = start - step\n");
        GradeResult seen = grader.grade(counter, Map.of("solution.py", spy), 0);
        assertThat(seen.verdict()).isEqualTo(Verdict.PASSED);
        Matcher inputs = Pattern.compile("INPUTS (-?\\d+) (-?\\d+)")
                .matcher(seen.tests().stream().map(TestOutcome::output).collect(Collectors.joining()));
        StringBuilder table = new StringBuilder();
        while (inputs.find()) {
            table.append("(")
                    .append(inputs.group(1))
                    .append(", ")
                    .append(inputs.group(2))
                    .append("), ");
        }
        String hardCoded = "SEEN = {" + table + "}\n\n"
                + counter.reference()
                        .get("solution.py")
                        .replace(
                                "    current = start - step\n",
                                "    if (start, step) not in SEEN:\n        return lambda: start\n    current = start - step\n");

        GradeResult next = grader.grade(counter, Map.of("solution.py", hardCoded), 0);

        assertThat(table).isNotEmpty();
        assertThat(next.verdict()).as(next.toString()).isEqualTo(Verdict.FAILED);
        assertThat(next.tests()).extracting(TestOutcome::status).contains("fail");
    }

    private static List<String> passing(GradeResult result) {
        return result.tests().stream()
                .filter(t -> t.status().equals("pass"))
                .map(TestOutcome::name)
                .toList();
    }

    private static String forger(String name) {
        try (InputStream in = ForgedVerdictTest.class.getResourceAsStream("forgers/" + name + ".py")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
