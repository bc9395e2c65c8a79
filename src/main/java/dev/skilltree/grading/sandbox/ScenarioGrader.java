package dev.skilltree.grading.sandbox;

import dev.skilltree.grading.Challenge;
import dev.skilltree.grading.ChallengeKind;
import dev.skilltree.grading.GradeResult;
import dev.skilltree.grading.Limits;
import dev.skilltree.grading.Scenario;
import dev.skilltree.grading.TestOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.function.ToDoubleFunction;

/**
 * Grades {@code perf} and {@code memory} challenges. The challenge's trusted {@code grade.py} makes a workload in a
 * sandbox of its own; the learner's program and the reference then run it in separate sandboxes, interleaved (L R L R
 * ...), each under the measuring supervisor. Outputs are compared and figures taken here; nothing the learner's
 * program prints or writes is read as a figure. Timed runs on a node go one at a time.
 */
public final class ScenarioGrader {

    /** Reference runs use their own uids, as for unit challenges. */
    private static final int REFERENCE_SLOTS = 500;

    private static final Limits WORKLOAD_LIMITS = new Limits(10, 15, 512, 4, 4096);

    private final Sandbox sandbox;
    private final Semaphore timing = new Semaphore(1, true);

    public ScenarioGrader(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** One learner or reference run of the program on the workload. */
    private record ProgramRun(Sandbox.Run run, Measure measure) {

        boolean completed() {
            return measure != null && measure.exit() == 0 && !run.timedOut() && !run.outputExceeded();
        }
    }

    public GradeResult grade(Challenge challenge, Path submission, Path reference, long seed, Path dir, int slot)
            throws IOException, InterruptedException {
        Path input = Files.createDirectories(dir.resolve("input"));
        Sandbox.Run made = sandbox.run(
                Files.createDirectories(dir.resolve("empty")),
                RunFiles.writeAll(dir.resolve("grade"), challenge.tests()),
                WORKLOAD_LIMITS,
                seed,
                "workload",
                dir.resolve("workload.json"),
                REFERENCE_SLOTS + slot);
        String workload = Observations.workload(made.result());
        if (workload == null) {
            String error = Observations.parse(made.result()).loadError();
            return Verdicts.sandboxError(
                    challenge.slug() + ": grade.py gave no workload: "
                            + (error != null ? error : RunFiles.tail(made.stderr())),
                    made.wallMillis());
        }
        Files.writeString(input.resolve("stdin"), workload, StandardCharsets.UTF_8);
        RunFiles.openUp(input);
        Scenario scenario = challenge.scenario();
        List<ProgramRun> learner = new ArrayList<>();
        List<ProgramRun> expected = new ArrayList<>();
        timing.acquire();
        try {
            for (int i = 0; i < scenario.runs(); i++) {
                ProgramRun mine = measure(submission, scenario, input, challenge.limits(), dir, "l" + i, slot);
                learner.add(mine);
                ProgramRun theirs =
                        measure(reference, scenario, input, challenge.limits(), dir, "r" + i, REFERENCE_SLOTS + slot);
                expected.add(theirs);
                if (!theirs.completed()) {
                    return Verdicts.sandboxError(
                            challenge.slug() + ": the reference did not complete the workload: "
                                    + RunFiles.tail(theirs.run().stderr()),
                            theirs.run().wallMillis());
                }
                if (!mine.completed()
                        || !mine.run().stdout().equals(theirs.run().stdout())) {
                    break;
                }
            }
        } finally {
            timing.release();
        }
        return judge(challenge, learner, expected);
    }

    private ProgramRun measure(
            Path files, Scenario scenario, Path input, Limits limits, Path dir, String name, int slot)
            throws IOException, InterruptedException {
        Sandbox.Run run = sandbox.measure(files, scenario.entry(), input, limits, dir.resolve(name + ".json"), slot);
        return new ProgramRun(run, Measure.parse(run.result()));
    }

    private static GradeResult judge(Challenge challenge, List<ProgramRun> learner, List<ProgramRun> expected) {
        ProgramRun last = learner.getLast();
        long wall = learner.stream().mapToLong(r -> r.run().wallMillis()).sum();
        List<TestOutcome> tests = new ArrayList<>();
        boolean sameOutput = last.completed()
                && last.run().stdout().equals(expected.getLast().run().stdout());
        tests.add(new TestOutcome(
                "output",
                sameOutput ? "pass" : "fail",
                sameOutput ? "" : outputProblem(last, expected.getLast()),
                "",
                last.measure() == null ? 0 : last.measure().wallMs()));
        if (sameOutput && challenge.kind() == ChallengeKind.MEMORY) {
            tests.add(memory(challenge.scenario(), learner, expected));
        }
        if (sameOutput && challenge.scenario().ratio() > 0) {
            tests.add(speed(challenge.scenario(), learner, expected));
        }
        return Verdicts.ofProgram(last.run(), last.measure(), tests, wall);
    }

    private static TestOutcome speed(Scenario scenario, List<ProgramRun> learner, List<ProgramRun> expected) {
        double mine = median(learner, Measure::wallMs);
        double theirs = median(expected, Measure::wallMs);
        double ratio = mine / Math.max(theirs, 0.001);
        boolean fast = ratio <= scenario.ratio();
        String message = String.format(
                Locale.ROOT,
                "median %.1f ms against the reference's %.1f ms over %d runs each: %.2f× (at most %.2f×)",
                mine,
                theirs,
                learner.size(),
                ratio,
                scenario.ratio());
        return new TestOutcome("speed", fast ? "pass" : "fail", message, "", mine);
    }

    private static TestOutcome memory(Scenario scenario, List<ProgramRun> learner, List<ProgramRun> expected) {
        long mine =
                learner.stream().mapToLong(r -> r.measure().maxrssKb()).max().orElse(0);
        long theirs =
                expected.stream().mapToLong(r -> r.measure().maxrssKb()).max().orElse(0);
        long allowed = scenario.allowedKb(theirs);
        String message = String.format(
                Locale.ROOT,
                "peak %.1f MB against the reference's %.1f MB (at most %.1f MB)",
                mine / 1024.0,
                theirs / 1024.0,
                allowed / 1024.0);
        return new TestOutcome("memory", mine <= allowed ? "pass" : "fail", message, "", 0);
    }

    private static double median(List<ProgramRun> runs, ToDoubleFunction<Measure> figure) {
        double[] sorted = runs.stream()
                .map(ProgramRun::measure)
                .mapToDouble(figure)
                .sorted()
                .toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static String outputProblem(ProgramRun mine, ProgramRun theirs) {
        if (mine.measure() == null || mine.measure().exit() != 0) {
            String stderr = RunFiles.tail(mine.run().stderr());
            return (mine.measure() == null
                            ? "the program did not finish"
                            : "the program exited with status " + mine.measure().exit())
                    + (stderr.isEmpty() ? "" : ": " + stderr);
        }
        List<String> got = mine.run().stdout().lines().toList();
        List<String> want = theirs.run().stdout().lines().toList();
        for (int i = 0; i < Math.max(got.size(), want.size()); i++) {
            String g = i < got.size() ? got.get(i) : "(nothing)";
            String w = i < want.size() ? want.get(i) : "(nothing)";
            if (!g.equals(w)) {
                return "line " + (i + 1) + " of the output: got " + clip(g) + ", expected " + clip(w);
            }
        }
        return "the output differs from the reference's in its line endings";
    }

    private static String clip(String line) {
        return line.length() <= 120 ? "'" + line + "'" : "'" + line.substring(0, 117) + "...'";
    }
}
