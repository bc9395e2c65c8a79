package dev.skilltree.grading.sandbox;

import dev.skilltree.grading.Limits;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One grading slot's long-lived bubblewrap sandbox for learners' unit runs. Inside, {@code warm.py} keeps an
 * interpreter with the runner and unittest loaded and forks each run from it, which spares every run the
 * interpreter's start. Each run's files are copied under {@code /inbox}, mounted read-only, and deleted when the run
 * has ended; the supervisor answers only after it has killed everything the run left and emptied its folders and IPC
 * objects, so the next run, another learner's, finds nothing of it. A sandbox that cannot vouch for that, or that
 * stops answering, is discarded and the next run starts a new one.
 */
final class WarmSandbox implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long START_MILLIS = 15_000;
    /** How long past the run's own wall-clock limit the supervisor may take to sweep and answer. */
    private static final long ANSWER_GRACE_MILLIS = 20_000;

    private final Path home;
    private final Function<Path, List<String>> command;
    private Process process;
    private Writer requests;
    private BufferedReader answers;
    private long runs;

    /** {@code command} gives the bubblewrap command line that mounts the given inbox folder. */
    WarmSandbox(Path home, Function<Path, List<String>> command) {
        this.home = home;
        this.command = command;
    }

    /** Runs the checks in {@code checks} on the files in {@code submission}, as {@link Sandbox#run} would. */
    synchronized Sandbox.Run run(Path submission, Path checks, Limits limits, long seed, int fileKb)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        if (process == null || !process.isAlive()) {
            start();
        }
        String name = Long.toString(++runs);
        Path folder = home.resolve("inbox").resolve(name);
        try {
            copy(submission, folder.resolve("submission"));
            copy(checks, folder.resolve("checks"));
            RunFiles.openUp(folder);
            long wall = limits.wallSeconds() * 1000L + 500;
            Map<String, Object> request = Map.of(
                    "run",
                    name,
                    "limits",
                    List.of(limits.cpuSeconds(), limits.memoryMb(), limits.processes(), fileKb),
                    "seed",
                    seed,
                    "wallMs",
                    wall,
                    "outputCap",
                    Sandbox.OUTPUT_CAP_BYTES,
                    "resultCap",
                    fileKb * 1024);
            JsonNode answer = ask(JSON.writeValueAsString(request), wall + ANSWER_GRACE_MILLIS);
            if (answer == null || answer.has("lost")) {
                close();
                return new Sandbox.Run(
                        -1,
                        false,
                        false,
                        "",
                        "the warm sandbox stopped during the run" + logTail(),
                        "",
                        millisSince(start));
            }
            if (!answer.path("swept").asBoolean()) {
                close(); // the run's own outcome stands; the next run gets a new sandbox
            }
            return new Sandbox.Run(
                    answer.path("exit").asInt(),
                    answer.path("timedOut").asBoolean(),
                    answer.path("outputExceeded").asBoolean(),
                    answer.path("stdout").asString(""),
                    answer.path("stderr").asString(""),
                    answer.path("result").asString(""),
                    answer.path("wallMs").asLong());
        } catch (InterruptedException e) {
            close(); // the node is stopping: the run goes with its sandbox
            throw e;
        } finally {
            RunFiles.deleteTree(folder);
        }
    }

    private void start() throws IOException, InterruptedException {
        close();
        Files.createDirectories(home.resolve("inbox"));
        RunFiles.openUp(home.resolve("inbox"));
        ProcessBuilder builder = new ProcessBuilder(command.apply(home.resolve("inbox")))
                .redirectError(home.resolve("warm.log").toFile());
        process = Sandbox.start(builder);
        requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        JsonNode ready = ask(null, START_MILLIS);
        if (ready == null || !ready.path("ready").asBoolean()) {
            close();
            throw new IOException("the warm sandbox did not start" + logTail());
        }
    }

    /** Sends a request (none for the greeting) and reads the answer, or null when none comes in time. */
    private JsonNode ask(String request, long timeoutMillis) throws InterruptedException {
        FutureTask<String> answer = new FutureTask<>(answers::readLine);
        try {
            if (request != null) {
                requests.write(request + "\n");
                requests.flush();
            }
            Thread.ofVirtual().start(answer);
            String line = answer.get(timeoutMillis, TimeUnit.MILLISECONDS);
            return line == null ? null : JSON.readTree(line);
        } catch (IOException | ExecutionException | TimeoutException stopped) {
            return null;
        }
    }

    private String logTail() {
        try {
            Path log = home.resolve("warm.log");
            return Files.exists(log) ? ": " + RunFiles.tail(Files.readString(log)) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var all = Files.walk(from)) {
            for (Path path : all.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            Sandbox.kill(process);
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }
}
