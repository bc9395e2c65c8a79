package dev.skilltree.grading.sandbox;

import dev.skilltree.grading.GradeResult;
import dev.skilltree.grading.TestOutcome;
import dev.skilltree.grading.Verdict;
import java.util.List;

/**
 * The one place that turns what happened in a run into a verdict: the sandbox's account of the process (exit status,
 * clock, output) and the judged tests. Limits are read from outside the sandbox wherever they can be; the learner's
 * run can claim a MemoryError but cannot claim to have passed.
 */
public final class Verdicts {

    private static final int SIGNAL_EXIT = 128;
    private static final int SIGXCPU = 24;
    private static final int SIGKILL = 9;

    private Verdicts() {}

    public static GradeResult of(Sandbox.Run run, Observations learner, List<TestOutcome> tests) {
        long wall = run.wallMillis();
        if (run.outputExceeded()) {
            return new GradeResult(Verdict.OUTPUT_LIMIT, "the program wrote more than 1 MB of output", tests, wall);
        }
        long passed = tests.stream().filter(t -> t.status().equals("pass")).count();
        boolean allPassed = passed > 0
                && tests.stream()
                        .allMatch(t -> t.status().equals("pass") || t.status().equals("skip"));
        if (allPassed && learner.ended() && !run.timedOut()) {
            return new GradeResult(Verdict.PASSED, "", tests, wall);
        }
        if (run.timedOut()) {
            return new GradeResult(Verdict.TIME_LIMIT, "the run took longer than its wall-clock limit", tests, wall);
        }
        int code = run.exitCode();
        if (code == SIGNAL_EXIT + SIGXCPU || code == SIGNAL_EXIT + SIGKILL) {
            return new GradeResult(Verdict.TIME_LIMIT, "the program used more CPU time than allowed", tests, wall);
        }
        if (learner.memoryLimit()
                || run.stderr().contains("MemoryError")
                || tests.stream().anyMatch(t -> t.message().contains("MemoryError"))) {
            return new GradeResult(Verdict.MEMORY_LIMIT, "the program used more memory than allowed", tests, wall);
        }
        if (learner.loadError() != null && learner.tests().isEmpty()) {
            return new GradeResult(Verdict.ERROR, learner.loadError(), tests, wall);
        }
        if (tests.stream().anyMatch(t -> t.message().contains("RecursionError"))) {
            return new GradeResult(Verdict.ERROR, "RecursionError: maximum recursion depth exceeded", tests, wall);
        }
        if (code > SIGNAL_EXIT) {
            return new GradeResult(
                    Verdict.ERROR, "the program crashed (signal " + (code - SIGNAL_EXIT) + ")", tests, wall);
        }
        if (!learner.ended()) {
            return new GradeResult(
                    Verdict.ERROR,
                    "the program stopped before its checks were done (exit status " + code + ")",
                    tests,
                    wall);
        }
        return new GradeResult(Verdict.FAILED, passed + " of " + tests.size() + " tests passed", tests, wall);
    }

    /**
     * A program challenge's verdict: the sandbox's account of the learner's last run, the supervisor's measure of it
     * (null when the supervisor was stopped before it could report), and the judged outcomes.
     */
    public static GradeResult ofProgram(Sandbox.Run run, Measure measure, List<TestOutcome> tests, long wall) {
        if (run.outputExceeded()) {
            return new GradeResult(Verdict.OUTPUT_LIMIT, "the program wrote more than 1 MB of output", tests, wall);
        }
        long passed = tests.stream().filter(t -> t.status().equals("pass")).count();
        if (passed == tests.size() && measure != null) {
            return new GradeResult(Verdict.PASSED, "", tests, wall);
        }
        if (run.timedOut()) {
            return new GradeResult(Verdict.TIME_LIMIT, "the run took longer than its wall-clock limit", tests, wall);
        }
        if (measure != null && (measure.exit() == -SIGXCPU || measure.exit() == -SIGKILL)) {
            return new GradeResult(Verdict.TIME_LIMIT, "the program used more CPU time than allowed", tests, wall);
        }
        if (run.stderr().contains("MemoryError")) {
            return new GradeResult(Verdict.MEMORY_LIMIT, "the program used more memory than allowed", tests, wall);
        }
        if (measure == null) {
            return new GradeResult(
                    Verdict.ERROR, "the program's run could not be measured: its supervisor was stopped", tests, wall);
        }
        if (measure.exit() < 0) {
            return new GradeResult(Verdict.ERROR, "the program was killed by signal " + -measure.exit(), tests, wall);
        }
        return new GradeResult(Verdict.FAILED, passed + " of " + tests.size() + " checks passed", tests, wall);
    }

    /**
     * A fault or service challenge's verdict, from the outer sandbox's run and the checks its trusted grade.py
     * recorded. The learner's programs cannot reach the supervisor, so a report without its end is ours to retry.
     */
    public static GradeResult ofScenario(Sandbox.Run run, boolean ended, List<TestOutcome> checks) {
        long wall = run.wallMillis();
        if (run.outputExceeded()) {
            return new GradeResult(Verdict.OUTPUT_LIMIT, "the scenario wrote more than 1 MB of output", checks, wall);
        }
        if (run.timedOut()) {
            return new GradeResult(
                    Verdict.TIME_LIMIT, "the scenario took longer than its wall-clock limit", checks, wall);
        }
        if (!ended || checks.isEmpty()) {
            return sandboxError("the scenario did not finish: " + RunFiles.tail(run.stderr()), wall);
        }
        long passed = checks.stream().filter(t -> t.status().equals("pass")).count();
        return passed == checks.size()
                ? new GradeResult(Verdict.PASSED, "", checks, wall)
                : new GradeResult(Verdict.FAILED, passed + " of " + checks.size() + " checks held", checks, wall);
    }

    /** Grading could not run, through no fault of the learner's: retried, never shown as their failure. */
    public static GradeResult sandboxError(String message, long wallMillis) {
        return new GradeResult(Verdict.SANDBOX_ERROR, message, List.of(), wallMillis);
    }

    /** The submission was refused before it ran (a wrong file name, too large). */
    public static GradeResult refused(String message) {
        return new GradeResult(Verdict.ERROR, message, List.of(), 0);
    }
}
