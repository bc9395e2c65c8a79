package dev.skilltree.grading.sandbox;

import static dev.skilltree.grading.sandbox.RunnerLines.end;
import static dev.skilltree.grading.sandbox.RunnerLines.loadError;
import static dev.skilltree.grading.sandbox.RunnerLines.memoryLimitOnLoad;
import static dev.skilltree.grading.sandbox.RunnerLines.observe;
import static dev.skilltree.grading.sandbox.RunnerLines.start;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.grading.GradeResult;
import dev.skilltree.grading.TestOutcome;
import dev.skilltree.grading.Verdict;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every outcome of a run mapped to the verdict and message a learner sees, from runs made by hand. */
class VerdictsTest {

    private static final Observations ENDED = observe(start(), end());
    private static final Observations CUT_OFF = observe(start());
    private static final List<TestOutcome> ALL_PASS = List.of(pass("a"), pass("b"));
    private static final List<TestOutcome> ONE_FAILS = List.of(pass("a"), fail("b", "line 3, f(): got 1, expected 2"));

    @Nested
    class UnitRuns {

        @Test
        void passesWhenEveryTestPassedAndTheRunEnded() {
            GradeResult result = Verdicts.of(exited(0), ENDED, ALL_PASS);

            assertThat(result).isEqualTo(new GradeResult(Verdict.PASSED, "", ALL_PASS, 120));
        }

        @Test
        void aSkippedTestDoesNotStandInTheWayOfAPass() {
            assertThat(Verdicts.of(exited(0), ENDED, List.of(pass("a"), skip("b")))
                            .verdict())
                    .isEqualTo(Verdict.PASSED);
        }

        @Test
        void aRunInWhichNothingPassedIsNoPassEvenWithNothingFailed() {
            GradeResult result = Verdicts.of(exited(0), ENDED, List.of(skip("a")));

            assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
            assertThat(result.message()).isEqualTo("0 of 1 tests passed");
        }

        @Test
        void countsThePassedTestsWhenSomeFailed() {
            GradeResult result = Verdicts.of(exited(0), ENDED, ONE_FAILS);

            assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
            assertThat(result.message()).isEqualTo("1 of 2 tests passed");
            assertThat(result.tests()).isEqualTo(ONE_FAILS);
        }

        @Test
        void passingTestsDoNotPassARunThatStoppedBeforeItsEnd() {
            GradeResult result = Verdicts.of(exited(0), CUT_OFF, ALL_PASS);

            assertThat(result.verdict()).isEqualTo(Verdict.ERROR);
            assertThat(result.message()).isEqualTo("the program stopped before its checks were done (exit status 0)");
        }

        @Test
        void tooMuchOutputIsTheVerdictEvenWhenEveryTestPassed() {
            GradeResult result = Verdicts.of(flooded(), ENDED, ALL_PASS);

            assertThat(result.verdict()).isEqualTo(Verdict.OUTPUT_LIMIT);
            assertThat(result.message()).isEqualTo("the program wrote more than 1 MB of output");
        }

        @Test
        void passingTestsDoNotPassARunThatHitTheWallClock() {
            GradeResult result = Verdicts.of(timedOut(), ENDED, ALL_PASS);

            assertThat(result.verdict()).isEqualTo(Verdict.TIME_LIMIT);
            assertThat(result.message()).isEqualTo("the run took longer than its wall-clock limit");
        }

        @Test
        void aProcessKilledForCpuTimeHitTheTimeLimit() {
            for (int signalled : new int[] {128 + 24, 128 + 9}) {
                GradeResult result = Verdicts.of(exited(signalled), CUT_OFF, List.of());

                assertThat(result.verdict()).isEqualTo(Verdict.TIME_LIMIT);
                assertThat(result.message()).isEqualTo("the program used more CPU time than allowed");
            }
        }

        @Test
        void aMemoryErrorWhereverItShowsIsTheMemoryLimit() {
            List<GradeResult> results = List.of(
                    Verdicts.of(exited(0), observe(start(), memoryLimitOnLoad(), end()), List.of(error("a", "x"))),
                    Verdicts.of(withStderr("Traceback\nMemoryError\n"), CUT_OFF, List.of()),
                    Verdicts.of(exited(0), ENDED, List.of(pass("a"), error("b", "MemoryError (line 4)"))));

            assertThat(results).allSatisfy(result -> {
                assertThat(result.verdict()).isEqualTo(Verdict.MEMORY_LIMIT);
                assertThat(result.message()).isEqualTo("the program used more memory than allowed");
            });
        }

        @Test
        void codeThatDidNotLoadIsAnErrorThatShowsWhy() {
            String syntax = "SyntaxError: invalid syntax (solution.py, line 1)";
            List<TestOutcome> tests = List.of(error("a", syntax));

            GradeResult result = Verdicts.of(exited(0), observe(start(), loadError(syntax), end()), tests);

            assertThat(result.verdict()).isEqualTo(Verdict.ERROR);
            assertThat(result.message()).isEqualTo(syntax);
        }

        @Test
        void aFixtureThatFailsAfterSomeTestsRanLeavesThemJudged() {
            Observations run =
                    observe(start(), RunnerLines.done("A.test_one"), loadError("tearDownModule: OSError"), end());

            assertThat(Verdicts.of(exited(0), run, ONE_FAILS).message()).isEqualTo("1 of 2 tests passed");
        }

        @Test
        void unboundedRecursionIsAnErrorWithAShortMessage() {
            GradeResult result = Verdicts.of(
                    exited(0),
                    ENDED,
                    List.of(error("a", "RecursionError: maximum recursion depth exceeded (line 3)\n  File ...")));

            assertThat(result.verdict()).isEqualTo(Verdict.ERROR);
            assertThat(result.message()).isEqualTo("RecursionError: maximum recursion depth exceeded");
        }

        @Test
        void aCrashBySignalNamesTheSignal() {
            GradeResult result = Verdicts.of(exited(128 + 11), CUT_OFF, List.of());

            assertThat(result.verdict()).isEqualTo(Verdict.ERROR);
            assertThat(result.message()).isEqualTo("the program crashed (signal 11)");
        }
    }

    @Nested
    class ProgramRuns {

        private final Measure measured = new Measure(0, 40, 35, 9000);

        @Test
        void passesWhenEveryCheckPassedAndTheRunWasMeasured() {
            GradeResult result = Verdicts.ofProgram(exited(0), measured, ALL_PASS, 300);

            assertThat(result).isEqualTo(new GradeResult(Verdict.PASSED, "", ALL_PASS, 300));
        }

        @Test
        void aRunWithoutItsMeasureIsNoPass() {
            GradeResult result = Verdicts.ofProgram(exited(0), null, ALL_PASS, 300);

            assertThat(result.verdict()).isEqualTo(Verdict.ERROR);
            assertThat(result.message())
                    .isEqualTo("the program's run could not be measured: its supervisor was stopped");
        }

        @Test
        void limitsHitByTheProgramGiveTheirOwnVerdicts() {
            assertThat(Verdicts.ofProgram(flooded(), measured, ALL_PASS, 1).verdict())
                    .isEqualTo(Verdict.OUTPUT_LIMIT);
            assertThat(Verdicts.ofProgram(timedOut(), null, ONE_FAILS, 1).message())
                    .isEqualTo("the run took longer than its wall-clock limit");
            assertThat(Verdicts.ofProgram(exited(0), new Measure(-24, 0, 0, 0), ONE_FAILS, 1)
                            .message())
                    .isEqualTo("the program used more CPU time than allowed");
            assertThat(Verdicts.ofProgram(exited(0), new Measure(-9, 0, 0, 0), ONE_FAILS, 1)
                            .verdict())
                    .isEqualTo(Verdict.TIME_LIMIT);
            assertThat(Verdicts.ofProgram(withStderr("MemoryError"), measured, ONE_FAILS, 1)
                            .verdict())
                    .isEqualTo(Verdict.MEMORY_LIMIT);
        }

        @Test
        void aProgramKilledByASignalIsAnErrorNamingIt() {
            GradeResult result = Verdicts.ofProgram(exited(0), new Measure(-11, 5, 5, 100), ONE_FAILS, 1);

            assertThat(result.verdict()).isEqualTo(Verdict.ERROR);
            assertThat(result.message()).isEqualTo("the program was killed by signal 11");
        }

        @Test
        void countsThePassedChecksWhenSomeFailed() {
            GradeResult result = Verdicts.ofProgram(exited(0), measured, ONE_FAILS, 300);

            assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
            assertThat(result.message()).isEqualTo("1 of 2 checks passed");
            assertThat(result.wallMillis()).isEqualTo(300);
        }
    }

    @Nested
    class ScenarioRuns {

        @Test
        void passesWhenEveryCheckHeldAndFailsOtherwise() {
            assertThat(Verdicts.ofScenario(exited(0), true, ALL_PASS).verdict()).isEqualTo(Verdict.PASSED);
            GradeResult failed = Verdicts.ofScenario(exited(0), true, ONE_FAILS);
            assertThat(failed.verdict()).isEqualTo(Verdict.FAILED);
            assertThat(failed.message()).isEqualTo("1 of 2 checks held");
        }

        @Test
        void aScenarioThatDidNotFinishIsOursToRetryNotTheLearnersFailure() {
            GradeResult cut = Verdicts.ofScenario(withStderr("Traceback\nKeyError: 'port'\n"), false, ALL_PASS);
            GradeResult empty = Verdicts.ofScenario(exited(0), true, List.of());

            assertThat(cut.verdict()).isEqualTo(Verdict.SANDBOX_ERROR);
            assertThat(cut.message()).isEqualTo("the scenario did not finish: Traceback\nKeyError: 'port'");
            assertThat(cut.tests()).isEmpty();
            assertThat(empty.verdict()).isEqualTo(Verdict.SANDBOX_ERROR);
        }

        @Test
        void limitsHitByTheScenarioGiveTheirOwnVerdicts() {
            assertThat(Verdicts.ofScenario(flooded(), true, ALL_PASS).message())
                    .isEqualTo("the scenario wrote more than 1 MB of output");
            GradeResult slow = Verdicts.ofScenario(timedOut(), false, List.of());
            assertThat(slow.verdict()).isEqualTo(Verdict.TIME_LIMIT);
            assertThat(slow.message()).isEqualTo("the scenario took longer than its wall-clock limit");
        }
    }

    @Test
    void aSandboxErrorCarriesNoTests() {
        assertThat(Verdicts.sandboxError("bwrap: setting up uid map: Permission denied", 15))
                .isEqualTo(new GradeResult(
                        Verdict.SANDBOX_ERROR, "bwrap: setting up uid map: Permission denied", List.of(), 15));
    }

    @Test
    void aRefusedSubmissionIsAnErrorThatNeverRan() {
        assertThat(Verdicts.refused("'extra.py' is not a file of this challenge"))
                .isEqualTo(new GradeResult(Verdict.ERROR, "'extra.py' is not a file of this challenge", List.of(), 0));
    }

    private static Sandbox.Run exited(int code) {
        return new Sandbox.Run(code, false, false, "", "", "", 120);
    }

    private static Sandbox.Run withStderr(String stderr) {
        return new Sandbox.Run(1, false, false, "", stderr, "", 120);
    }

    private static Sandbox.Run timedOut() {
        return new Sandbox.Run(137, true, false, "", "", "", 5500);
    }

    private static Sandbox.Run flooded() {
        return new Sandbox.Run(137, false, true, "x".repeat(100), "", "", 300);
    }

    private static TestOutcome pass(String name) {
        return new TestOutcome(name, "pass", "", "", 1);
    }

    private static TestOutcome fail(String name, String message) {
        return new TestOutcome(name, "fail", message, "", 1);
    }

    private static TestOutcome error(String name, String message) {
        return new TestOutcome(name, "error", message, "", 1);
    }

    private static TestOutcome skip(String name) {
        return new TestOutcome(name, "skip", "needs Python 3.12", "", 0);
    }
}
