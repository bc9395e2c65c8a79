package dev.skilltree.grading;

import dev.skilltree.grading.sandbox.GradingScripts;
import dev.skilltree.grading.sandbox.LiveScenarioGrader;
import dev.skilltree.grading.sandbox.Observations;
import dev.skilltree.grading.sandbox.Rewriter;
import dev.skilltree.grading.sandbox.RunFiles;
import dev.skilltree.grading.sandbox.Sandbox;
import dev.skilltree.grading.sandbox.ScenarioGrader;
import dev.skilltree.grading.sandbox.UnitJudge;
import dev.skilltree.grading.sandbox.Verdicts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Grades one submission of one challenge. The learner's files run with the learner's version of the checks in one
 * sandbox; the reference runs with the reference's version in another, which the learner's cannot see; the verdict
 * is decided here, from both runs' observations and from what the sandbox saw of the learner's process.
 */
public final class Grader implements AutoCloseable {

    static final int MAX_FILES = 20;
    static final int MAX_BYTES = 256 * 1024;
    /** Reference runs use their own uids, so a learner's run never shares one with a reference's. */
    private static final int REFERENCE_SLOTS = 500;

    private static final int CACHED_SEEDED_RUNS = 256;

    private final Sandbox sandbox;
    private final Rewriter rewriter;
    private final ScenarioGrader scenarios;
    private final LiveScenarioGrader live;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Rewriter.Split> splits = new ConcurrentHashMap<>();
    private final Map<String, Observations> references =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Observations> eldest) {
                    return size() > CACHED_SEEDED_RUNS;
                }
            });
    private final Set<String> seeded = ConcurrentHashMap.newKeySet();
    private final Map<String, Path> checksByVersion = new ConcurrentHashMap<>();

    Grader(Sandbox sandbox, Rewriter rewriter) {
        this.sandbox = sandbox;
        this.rewriter = rewriter;
        this.scenarios = new ScenarioGrader(sandbox);
        this.live = new LiveScenarioGrader(sandbox);
    }

    /** A grader with the given Python and the best isolation this machine offers. */
    public static Grader create(PythonInterpreter python) {
        return create(python, Sandbox.detect());
    }

    public static Grader create(PythonInterpreter python, Isolation isolation) {
        Path scripts = GradingScripts.extract();
        return new Grader(new Sandbox(python, scripts, isolation), new Rewriter(python, scripts));
    }

    public Isolation isolation() {
        return sandbox.isolation();
    }

    /** Stops the sandboxes this grader keeps warm between runs. */
    @Override
    public void close() {
        sandbox.close();
    }

    /** Splits the challenge's tests for both sandboxes, or throws {@link InvalidChallenge} naming file and line. */
    void prepare(Challenge challenge) {
        if (challenge.kind() != ChallengeKind.UNIT) {
            return;
        }
        splits.computeIfAbsent(challenge.version(), v -> rewriter.split(challenge));
    }

    /**
     * The slot of a grading made by a command of its own (test, challenge check): taken from the process id, so
     * that two commands running at once run as different users and do not share one process limit.
     */
    public static int commandSlot() {
        return (int) (ProcessHandle.current().pid() % REFERENCE_SLOTS);
    }

    /** Checks paths and sizes, then grades; {@code slot} tells concurrent runs apart. */
    public GradeResult grade(Challenge challenge, Map<String, String> files, int slot) {
        check(challenge, files);
        long seed = random.nextLong(1L << 40);
        Path run = null;
        try {
            run = Files.createTempDirectory("skilltree-run");
            Path submission = RunFiles.writeAll(run.resolve("submission"), files);
            return switch (challenge.kind()) {
                case UNIT -> unit(challenge, submission, seed, run, slot);
                case PERF, MEMORY ->
                    scenarios.grade(
                            challenge,
                            submission,
                            RunFiles.writeAll(run.resolve("reference"), challenge.reference()),
                            seed,
                            run,
                            slot);
                case FAULT, SERVICE -> live.grade(challenge, submission, seed, run, slot);
            };
        } catch (InvalidChallenge | IllegalStateException e) {
            return Verdicts.sandboxError(e.getMessage(), 0);
        } catch (IOException | ExecutionException e) {
            return Verdicts.sandboxError("the sandbox could not run: " + e.getMessage(), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Verdicts.sandboxError("interrupted", 0);
        } finally {
            RunFiles.deleteTree(run);
        }
    }

    private GradeResult unit(Challenge challenge, Path submission, long seed, Path run, int slot)
            throws IOException, InterruptedException, ExecutionException {
        String version = challenge.version();
        Rewriter.Split split = splits.computeIfAbsent(version, v -> rewriter.split(challenge));
        Future<Observations> reference = referenceRun(challenge, version, split, seed, run, slot);
        Path checks = learnerChecks(version, split);
        Path channel = Files.createDirectory(run.resolve("channel"));
        Sandbox.Run outcome =
                sandbox.runChecks(submission, checks, challenge.limits(), seed, channel.resolve("observations"), slot);
        Observations learner = Observations.parse(outcome.result());
        Observations expected = reference.get();
        Optional<String> broken = UnitJudge.brokenReference(expected);
        if (broken.isPresent()) {
            return Verdicts.sandboxError(challenge.slug() + ": " + broken.get(), outcome.wallMillis());
        }
        if (!learner.started() && !outcome.timedOut() && !outcome.outputExceeded()) {
            return Verdicts.sandboxError(
                    "the sandbox could not start the checks: " + RunFiles.tail(outcome.stderr()), outcome.wallMillis());
        }
        return Verdicts.of(outcome, learner, UnitJudge.judge(expected, learner));
    }

    /** The learner's version of the checks, written once per challenge version and mounted read-only by each run. */
    private Path learnerChecks(String version, Rewriter.Split split) throws IOException {
        Path written = checksByVersion.get(version);
        if (written == null) {
            Path dir = Files.createTempDirectory("skilltree-checks");
            dir.toFile().deleteOnExit();
            written = RunFiles.writeAll(dir.resolve("checks"), split.learner());
            Path raced = checksByVersion.putIfAbsent(version, written);
            if (raced != null) {
                RunFiles.deleteTree(dir);
                written = raced;
            }
        }
        return written;
    }

    /**
     * The reference's observations for this seed: from the cache when its checks do not depend on the seed (or this
     * seed was seen), otherwise from a run in a sandbox of its own, alongside the learner's.
     */
    private Future<Observations> referenceRun(
            Challenge challenge, String version, Rewriter.Split split, long seed, Path run, int slot)
            throws IOException {
        String key = seeded.contains(version) ? version + "/" + seed : version;
        Observations cached = references.get(key);
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        FutureTask<Observations> task = new FutureTask<>(() -> {
            Observations observed = runReference(challenge, split, seed, run, slot);
            if (observed.seeded()) {
                seeded.add(version);
                references.put(version + "/" + seed, observed);
            } else if (observed.ended()) {
                references.put(version, observed);
            }
            return observed;
        });
        Thread.ofVirtual().start(task);
        return task;
    }

    private Observations runReference(Challenge challenge, Rewriter.Split split, long seed, Path run, int slot)
            throws IOException, InterruptedException {
        Path work = RunFiles.writeAll(run.resolve("reference"), challenge.reference());
        Path checks = RunFiles.writeAll(run.resolve("reference-checks"), split.reference());
        Path channel = Files.createDirectory(run.resolve("reference-channel"));
        Sandbox.Run outcome = sandbox.run(
                work,
                checks,
                challenge.limits(),
                seed,
                "checks",
                channel.resolve("observations"),
                REFERENCE_SLOTS + slot);
        return Observations.parse(outcome.result());
    }

    /** A fresh run of the reference on its own, for authors: what it observed, check by check. */
    Observations referenceObservations(Challenge challenge) throws IOException, InterruptedException {
        Path run = Files.createTempDirectory("skilltree-run");
        try {
            return runReference(challenge, rewriter.split(challenge), random.nextLong(1L << 40), run, 0);
        } finally {
            RunFiles.deleteTree(run);
        }
    }

    public static void check(Challenge challenge, Map<String, String> files) {
        files.forEach((path, text) -> {
            if (text == null) {
                throw InvalidSubmission.notText(path);
            }
        });
        long bytes = files.values().stream()
                .mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length)
                .sum();
        if (files.size() > MAX_FILES || bytes > MAX_BYTES) {
            throw InvalidSubmission.tooLarge(files.size(), bytes);
        }
        for (String path : files.keySet()) {
            if (path.isBlank()
                    || path.startsWith("/")
                    || path.contains("\\")
                    || List.of(path.split("/")).contains("..")
                    || path.contains("\0")) {
                throw InvalidSubmission.badPath(path);
            }
            if (!challenge.accepts(path)) {
                throw InvalidSubmission.unexpectedFile(path, challenge.starter().keySet());
            }
        }
        challenge.starter().keySet().stream()
                .filter(p -> !files.containsKey(p))
                .findFirst()
                .ifPresent(p -> {
                    throw InvalidSubmission.missing(p);
                });
    }
}
