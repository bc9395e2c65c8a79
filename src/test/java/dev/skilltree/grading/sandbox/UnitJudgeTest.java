package dev.skilltree.grading.sandbox;

import static dev.skilltree.grading.sandbox.RunnerLines.done;
import static dev.skilltree.grading.sandbox.RunnerLines.end;
import static dev.skilltree.grading.sandbox.RunnerLines.errored;
import static dev.skilltree.grading.sandbox.RunnerLines.expects;
import static dev.skilltree.grading.sandbox.RunnerLines.got;
import static dev.skilltree.grading.sandbox.RunnerLines.loadError;
import static dev.skilltree.grading.sandbox.RunnerLines.observe;
import static dev.skilltree.grading.sandbox.RunnerLines.skipped;
import static dev.skilltree.grading.sandbox.RunnerLines.start;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.grading.TestOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A learner's observations held against the reference's, from runner lines written by hand. */
class UnitJudgeTest {

    private static final String COUNTS = "CounterTest.test_counts";
    private static final String RESETS = "CounterTest.test_resets";

    /** The reference: test_counts checks count() twice (1, then 2), test_resets checks reset() once (0). */
    private static final Observations REFERENCE = observe(
            start(),
            expects(COUNTS, 7, "count()", 1, 1),
            expects(COUNTS, 8, "count()", 2, 2),
            done(COUNTS),
            expects(RESETS, 12, "reset()", 0, 0),
            done(RESETS),
            end());

    @Test
    void aTestPassesWhenEveryCheckHoldsAndItEnded() {
        List<TestOutcome> outcomes = UnitJudge.judge(
                REFERENCE,
                observe(
                        start(),
                        got(COUNTS, 7, "count()", 1),
                        got(COUNTS, 8, "count()", 2),
                        done(COUNTS, "counting\n", 3.25),
                        got(RESETS, 12, "reset()", 0),
                        done(RESETS),
                        end()));

        assertThat(outcomes)
                .containsExactly(
                        new TestOutcome(COUNTS, "pass", "", "counting\n", 3.25),
                        new TestOutcome(RESETS, "pass", "", "", 0.5));
    }

    @Test
    void aTestFailsAtItsFirstWrongCheckWithWhatTheLearnerGot() {
        TestOutcome counts =
                judged(got(COUNTS, 7, "count()", 0), got(COUNTS, 8, "count()", 0), done(COUNTS, "counting\n", 1.5));

        assertThat(counts.status()).isEqualTo("fail");
        assertThat(counts.message()).isEqualTo("line 7, count(): got 0, expected 1");
        assertThat(counts.output()).isEqualTo("counting\n");
    }

    @Test
    void ofACheckReportedTwiceOnlyTheFirstReportCounts() {
        TestOutcome counts = judged(
                got(COUNTS, 7, "count()", 5), got(COUNTS, 7, "count()", 1), got(COUNTS, 8, "count()", 2), done(COUNTS));

        assertThat(counts.status()).isEqualTo("fail");
        assertThat(counts.message()).isEqualTo("line 7, count(): got 5, expected 1");
    }

    @Test
    void aCheckReportedUnderATestTheReferenceDoesNotHaveCountsForNothing() {
        String forged = "ForgedTest.test_counts";

        List<TestOutcome> outcomes = UnitJudge.judge(
                REFERENCE,
                observe(
                        start(),
                        got(forged, 7, "count()", 1),
                        got(forged, 8, "count()", 2),
                        done(forged),
                        done(COUNTS),
                        end()));

        assertThat(outcomes).extracting(TestOutcome::name).containsExactly(COUNTS, RESETS);
        assertThat(outcomes.getFirst().status()).isEqualTo("error");
        assertThat(outcomes.getFirst().message()).isEqualTo("line 7, count(): this check was never reached");
    }

    @Test
    void aTestThatEndedWithoutReachingACheckNamesTheCheck() {
        TestOutcome counts = judged(got(COUNTS, 7, "count()", 1), done(COUNTS));

        assertThat(counts.status()).isEqualTo("error");
        assertThat(counts.message()).isEqualTo("line 8, count(): this check was never reached");
    }

    @Test
    void aTestThatRaisedBeforeACheckShowsTheLearnersError() {
        String error = "NotImplementedError (line 7)\n  File \"solution.py\", line 2, in count";

        TestOutcome counts = judged(errored(COUNTS, error));

        assertThat(counts.status()).isEqualTo("error");
        assertThat(counts.message()).isEqualTo(error);
    }

    @Test
    void aTestThatRaisedAfterItsLastCheckIsStillAnError() {
        TestOutcome counts = judged(
                got(COUNTS, 7, "count()", 1), got(COUNTS, 8, "count()", 2), errored(COUNTS, "OSError: disk full"));

        assertThat(counts.status()).isEqualTo("error");
        assertThat(counts.message()).isEqualTo("OSError: disk full");
    }

    @Test
    void aTestWhoseRunWasCutOffDidNotFinish() {
        List<TestOutcome> outcomes = UnitJudge.judge(
                REFERENCE, observe(start(), got(COUNTS, 7, "count()", 1), got(COUNTS, 8, "count()", 2)));

        assertThat(outcomes).allSatisfy(t -> {
            assertThat(t.status()).isEqualTo("error");
            assertThat(t.message()).isEqualTo("the test did not finish");
        });
    }

    @Test
    void codeThatDoesNotLoadShowsTheLoadErrorOnEveryTest() {
        String syntax = "SyntaxError: invalid syntax (solution.py, line 1)";

        List<TestOutcome> outcomes = UnitJudge.judge(REFERENCE, observe(start(), loadError(syntax), end()));

        assertThat(outcomes).hasSize(2).allSatisfy(t -> {
            assertThat(t.status()).isEqualTo("error");
            assertThat(t.message()).isEqualTo(syntax);
        });
    }

    @Test
    void aTestTheLearnersCodeSkipsIsAnError() {
        TestOutcome counts =
                judged(got(COUNTS, 7, "count()", 1), got(COUNTS, 8, "count()", 2), skipped(COUNTS, "not today"));

        assertThat(counts.status()).isEqualTo("error");
        assertThat(counts.message()).isEqualTo("the code under test skipped this test");
    }

    @Test
    void aTestTheReferenceSkipsStaysSkippedWithItsReasonWhateverTheLearnerDid() {
        Observations reference = observe(
                start(),
                skipped(COUNTS, "needs Python 3.12"),
                expects(RESETS, 12, "reset()", 0, 0),
                done(RESETS),
                end());

        List<TestOutcome> outcomes = UnitJudge.judge(reference, observe(start(), loadError("SyntaxError"), end()));

        assertThat(outcomes.getFirst()).isEqualTo(new TestOutcome(COUNTS, "skip", "needs Python 3.12", "", 0));
    }

    @Test
    void outcomesFollowTheReferencesOrderNotTheLearners() {
        List<TestOutcome> outcomes = UnitJudge.judge(
                REFERENCE,
                observe(
                        start(),
                        got(RESETS, 12, "reset()", 0),
                        done(RESETS),
                        got(COUNTS, 7, "count()", 1),
                        got(COUNTS, 8, "count()", 2),
                        done(COUNTS),
                        end()));

        assertThat(outcomes).extracting(TestOutcome::name).containsExactly(COUNTS, RESETS);
        assertThat(outcomes).extracting(TestOutcome::status).containsExactly("pass", "pass");
    }

    @Test
    void aReferenceThatFinishedAndPassedItsOwnChecksCanBeGradedAgainst() {
        assertThat(UnitJudge.brokenReference(REFERENCE)).isEmpty();
    }

    @Test
    void aReferenceThatDidNotFinishIsBrokenAndSaysWhy() {
        assertThat(UnitJudge.brokenReference(observe(start(), expects(COUNTS, 7, "count()", 1, 1))))
                .contains("the reference solution did not finish its checks");
        assertThat(UnitJudge.brokenReference(
                        observe(start(), loadError("ModuleNotFoundError: No module named 'numpy'"))))
                .contains("the reference solution did not finish its checks: "
                        + "ModuleNotFoundError: No module named 'numpy'");
    }

    @Test
    void aChallengeWithoutTestsCannotBeGraded() {
        assertThat(UnitJudge.brokenReference(observe(start(), end()))).contains("the challenge has no tests");
    }

    @Test
    void aReferenceThatFailsItsOwnTestIsBroken() {
        Observations reference = observe(start(), errored(COUNTS, "AssertionError: 1 != 2 (line 8)"), end());

        assertThat(UnitJudge.brokenReference(reference))
                .contains("the reference solution fails CounterTest.test_counts: AssertionError: 1 != 2 (line 8)");
    }

    @Test
    void aReferenceThatFailsItsOwnCheckIsBroken() {
        Observations reference = observe(
                start(), expects(COUNTS, 7, "count()", 1, 1), expects(COUNTS, 8, "count()", 3, 2), done(COUNTS), end());

        assertThat(UnitJudge.brokenReference(reference))
                .contains("the reference solution fails its own check in CounterTest.test_counts, "
                        + "line 8, count(): got 2, expected 3");
    }

    /** test_counts as judged against the reference, from a learner's run with these lines between start and end. */
    private static TestOutcome judged(String... lines) {
        String[] run = new String[lines.length + 2];
        run[0] = start();
        System.arraycopy(lines, 0, run, 1, lines.length);
        run[run.length - 1] = end();
        return UnitJudge.judge(REFERENCE, observe(run)).getFirst();
    }
}
