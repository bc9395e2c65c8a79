package dev.skilltree.grading.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault and service grading with small grade.py scripts made in the test: what the supervisor's report becomes for
 * the learner. The shipped challenges are in LiveScenarioGradingTest.
 */
class LiveScenarioGraderTest {

    private static final Limits LIMITS = new Limits(5, 5, 256, 16, 64);

    @TempDir
    Path tmp;

    @Test
    void withoutBubblewrapNothingRunsAndTheNodeIsAtFault() throws Exception {
        PythonInterpreter absent =
                new PythonInterpreter(Path.of("/nonexistent/python3"), Path.of("/nonexistent"), 3, 11);
        LiveScenarioGrader grader =
                new LiveScenarioGrader(new Sandbox(absent, Path.of("/nonexistent"), Isolation.RLIMITS_ONLY));

        GradeResult fault = grader.grade(challenge(ChallengeKind.FAULT, "def scenario(ctl): pass\n"), tmp, 1, tmp, 0);
        GradeResult service =
                grader.grade(challenge(ChallengeKind.SERVICE, "def scenario(ctl): pass\n"), tmp, 1, tmp, 0);

        assertThat(fault)
                .isEqualTo(Verdicts.sandboxError("fault challenges need bubblewrap (apt-get install bubblewrap)", 0));
        assertThat(service.message()).isEqualTo("service challenges need bubblewrap (apt-get install bubblewrap)");
        assertThat(tmp).isEmptyDirectory();
    }

    @Nested
    @RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
    class InTheSandbox {

        private static LiveScenarioGrader grader;

        @BeforeAll
        static void createGrader() {
            grader = new LiveScenarioGrader(
                    new Sandbox(PythonInterpreter.resolve("python3"), GradingScripts.extract(), Isolation.BUBBLEWRAP));
        }

        @Test
        void eachCheckIsShownInOrderWithTheTimelineOnTheFirst() throws Exception {
            GradeResult result = grade("""
                    def scenario(ctl):
                        ctl.event('warming up')
                        ctl.check('answers', True, '3 of 3 answered')
                        ctl.check('survives a kill', False, 'lost 2 messages')
                    """);

            assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.FAILED);
            assertThat(result.message()).isEqualTo("1 of 2 checks held");
            assertThat(result.tests())
                    .extracting(TestOutcome::name, TestOutcome::status, TestOutcome::message)
                    .containsExactly(
                            tuple("answers", "pass", "3 of 3 answered"),
                            tuple("survives a kill", "fail", "lost 2 messages"));
            assertThat(result.tests().getFirst().output())
                    .matches("timeline:\n +\\d+\\.\\d{3} s  warming up\n +held: answers\n +BROKE: survives a kill\n");
            assertThat(result.tests().get(1).output()).isEmpty();
        }

        @Test
        void theLearnersProgramRunsFromTheSubmittedFiles() throws Exception {
            GradeResult result = grade(
                    """
                    def scenario(ctl):
                        greeter = ctl.start('greeter', ['main.py'])
                        greeter.wait(5)
                        said = greeter.output().strip()
                        ctl.check('greets', said == 'hello from the learner', said)
                    """,
                    Map.of("main.py", "print('hello from', open('note.txt').read())\n", "note.txt", "the learner"));

            assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.PASSED);
            assertThat(result.tests().getFirst().message()).isEqualTo("hello from the learner");
            assertThat(result.tests().getFirst().output()).contains("s  started greeter\n");
        }

        @Test
        void aScenarioThatRaisesEndsWithAFailedCheckSayingWhy() throws Exception {
            GradeResult result = grade("""
                    def scenario(ctl):
                        ctl.check('starts', True)
                        raise KeyError('port')
                    """);

            assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
            assertThat(result.tests())
                    .extracting(TestOutcome::name, TestOutcome::message)
                    .containsExactly(tuple("starts", ""), tuple("scenario", "the scenario stopped: KeyError: 'port'"));
        }

        @Test
        void aScenarioThatNeverReachesItsEndIsOursToRetry() throws Exception {
            GradeResult result = grade("""
                    import os, sys

                    def scenario(ctl):
                        ctl.check('starts', True)
                        sys.stderr.write('supervisor gone\\n')
                        sys.stderr.flush()
                        os._exit(3)
                    """);

            assertThat(result.verdict()).isEqualTo(Verdict.SANDBOX_ERROR);
            assertThat(result.message()).isEqualTo("the scenario did not finish: supervisor gone");
            assertThat(result.tests()).isEmpty();
        }

        private GradeResult grade(String gradePy) throws IOException, InterruptedException {
            return grade(gradePy, Map.of("main.py", "print('unused')\n"));
        }

        private GradeResult grade(String gradePy, Map<String, String> files) throws IOException, InterruptedException {
            Path submission = RunFiles.writeAll(tmp.resolve("submission"), files);
            return grader.grade(challenge(ChallengeKind.FAULT, gradePy), submission, 42, tmp, 4);
        }
    }

    private static Challenge challenge(ChallengeKind kind, String gradePy) {
        return TestChallenges.program(kind, LIMITS, Scenario.NONE, gradePy, "");
    }
}
