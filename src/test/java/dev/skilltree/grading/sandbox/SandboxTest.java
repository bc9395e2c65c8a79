package dev.skilltree.grading.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skilltree.grading.Isolation;
import dev.skilltree.grading.Limits;
import dev.skilltree.grading.PythonInterpreter;
import dev.skilltree.support.RequiresSystemPackage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * What a learner's code meets in the real bubblewrap sandbox. Each probe is a {@code solution.py} whose {@code run()}
 * reports what it could do; a driver test calls it once and the runner reports what it returned.
 */
@RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
class SandboxTest {

    private static final Limits LIMITS = new Limits(2, 5, 256, 8, 64);
    private static final Limits ONE_SECOND = new Limits(2, 1, 256, 8, 64);
    private static final int SLOT = 7;
    private static final String PROBE =
            "import solution\n\n\ndef test_probe(check, rng):\n    check('run()', solution.run)\n";

    private static Sandbox sandbox;

    @TempDir
    Path tmp;

    @BeforeAll
    static void createSandbox() {
        sandbox = new Sandbox(PythonInterpreter.resolve("python3"), GradingScripts.extract(), Isolation.BUBBLEWRAP);
    }

    @Test
    void bubblewrapIsChosenWhenItIsInstalled() {
        assertThat(Sandbox.detect()).isEqualTo(Isolation.BUBBLEWRAP);
    }

    @Test
    void theLearnersCodeRunsInAWorkingCopyAsAnUnprivilegedUser() throws Exception {
        JsonNode seen =
                returned(run("import os\n\ndef run():\n    return [os.getcwd(), os.getuid(), os.environ['HOME']]\n"));

        assertThat(seen.path(0).asString()).isEqualTo("/work");
        assertThat(seen.path(1).asInt()).isNotZero();
        assertThat(seen.path(2).asString()).isEqualTo("/work");
    }

    @Test
    void theSubmittedFilesCannotBeChanged() throws Exception {
        String solution = """
                import os

                def run():
                    try:
                        with open('/submission/solution.py', 'a') as f:
                            f.write('# changed')
                        changed = True
                    except OSError:
                        changed = False
                    with open('solution.py', 'a') as f:
                        f.write('# its own copy')
                    return [changed, bool(os.statvfs('/submission').f_flag & os.ST_RDONLY)]
                """;

        JsonNode seen = returned(run(solution));

        assertThat(seen.path(0).asBoolean()).as("wrote to /submission").isFalse();
        assertThat(seen.path(1).asBoolean())
                .as("/submission is mounted read-only")
                .isTrue();
        assertThat(tmp.resolve("submission/solution.py")).hasContent(solution);
    }

    @Test
    void thereIsNoNetworkButLoopbackNotEvenTheHostsOwnPorts() throws Exception {
        try (ServerSocket host = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String solution = """
                    import socket

                    def run():
                        reached = []
                        for address in [('127.0.0.1', %d), ('1.1.1.1', 80)]:
                            try:
                                socket.create_connection(address, timeout=1).close()
                                reached.append(address[0])
                            except OSError:
                                pass
                        return [[name for _, name in socket.if_nameindex()], reached]
                    """.formatted(host.getLocalPort());

            JsonNode seen = returned(run(solution));

            assertThat(seen.path(0).toString()).as("network interfaces").isEqualTo("[\"lo\"]");
            assertThat(seen.path(1)).as("addresses reached").isEmpty();
        }
    }

    @Test
    void theResultChannelIsOutOfReachOfTheLearnersFilesEnvironmentAndChildren() throws Exception {
        Path result = tmp.resolve("channel/observations");
        String solution = """
                import os, sys

                def run():
                    spawn = lambda code: os.spawnv(os.P_WAIT, sys.executable, [sys.executable, '-c', code])
                    return [os.environ.get('SKILLTREE_RESULT'), os.path.exists('%s'), spawn('pass'),
                            spawn('import os; os.write(3, b"forged")')]
                """.formatted(result);

        JsonNode seen = returned(run(solution));

        assertThat(seen.path(0).isNull())
                .as("the environment names the result file")
                .isTrue();
        assertThat(seen.path(1).asBoolean())
                .as("the result file is at its host path")
                .isFalse();
        assertThat(seen.path(2).asInt()).as("a child process runs").isZero();
        assertThat(seen.path(3).asInt())
                .as("a child process writes to descriptor 3")
                .isNotZero();
        assertThat(Files.readString(result)).doesNotContain("forged");
    }

    @Test
    void aRunPastItsWallClockIsKilledWithEverythingItStarted() throws Exception {
        String marker = marker();
        try (Background grading = Background.run(() -> run(sleeper(marker), ONE_SECOND))) {
            awaitStarted(marker);

            assertThat(grading.ended().await(5, TimeUnit.SECONDS))
                    .as("the run ended")
                    .isTrue();

            Sandbox.Run run = grading.result().get();
            assertThat(run.timedOut()).isTrue();
            assertThat(Observations.parse(run.result()).ended()).isFalse();
            awaitGone(marker);
        }
    }

    @Test
    void aRunGivenUpByTheNodeIsKilledWithEverythingItStarted() throws Exception {
        String marker = marker();
        try (Background grading = Background.run(() -> run(sleeper(marker), LIMITS))) {
            awaitStarted(marker);

            grading.thread().interrupt();

            assertThat(grading.ended().await(5, TimeUnit.SECONDS))
                    .as("the run ended")
                    .isTrue();
            assertThat(grading.thrown().get()).isInstanceOf(InterruptedException.class);
            awaitGone(marker);
        }
    }

    @Test
    void outputPastTheCapEndsTheRunAndKeepsExactlyTheCap() throws Exception {
        for (int descriptor : new int[] {1, 2}) {
            Sandbox.Run run = run("import os\n\ndef run():\n    while True:\n        os.write(%d, b'x' * 65536)\n"
                    .formatted(descriptor));

            assertThat(run.outputExceeded()).isTrue();
            assertThat(run.timedOut()).isFalse();
            assertThat((descriptor == 1 ? run.stdout() : run.stderr()).length()).isEqualTo(Sandbox.OUTPUT_CAP_BYTES);
        }
    }

    @Test
    void aMeasuredProgramReadsItsInputAndCannotWriteTheReport() throws Exception {
        Path submission = RunFiles.writeAll(tmp.resolve("submission"), Map.of("main.py", """
                import os, sys

                data = sys.stdin.read()
                try:
                    os.write(3, b'{"t": "measure", "exit": 0, "wall_ms": 0.5, "cpu_ms": 0.5, "maxrss_kb": 1}\\n')
                    print('wrote a report')
                except OSError:
                    pass
                print(data.upper(), end='')
                """));
        Path input = RunFiles.writeAll(tmp.resolve("input"), Map.of("stdin", "hello\n"));
        Path channel = Files.createDirectory(tmp.resolve("channel"));

        Sandbox.Run run = sandbox.measure(submission, "main.py", input, LIMITS, channel.resolve("measure"), SLOT);

        assertThat(run.stdout()).isEqualTo("HELLO\n");
        Measure measure = Measure.parse(run.result());
        assertThat(measure.exit()).isZero();
        assertThat(measure.maxrssKb()).isGreaterThan(1);
    }

    private Sandbox.Run run(String solution) throws IOException, InterruptedException {
        return run(solution, LIMITS);
    }

    private Sandbox.Run run(String solution, Limits limits) throws IOException, InterruptedException {
        Path submission = RunFiles.writeAll(tmp.resolve("submission"), Map.of("solution.py", solution));
        Path checks = RunFiles.writeAll(tmp.resolve("checks"), Map.of("test_probe.py", PROBE));
        Path channel = Files.createDirectories(tmp.resolve("channel"));
        return sandbox.run(submission, checks, limits, 1, "checks", channel.resolve("observations"), SLOT);
    }

    /** What the probe's run() returned, as the runner reported it. */
    private static JsonNode returned(Sandbox.Run run) {
        Observations observed = Observations.parse(run.result());
        assertThat(observed.ended()).as(run.stderr()).isTrue();
        JsonNode check = observed.test("test_probe").orElseThrow().checks().getFirst();
        assertThat(check.has("raised")).as(check.toString()).isFalse();
        return check.path("value");
    }

    /** A probe that starts a child carrying {@code marker} in its command line, then sleeps past any limit. */
    private static String sleeper(String marker) {
        return """
                import subprocess, sys, time

                def run():
                    subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)', '%s'])
                    time.sleep(60)
                """.formatted(marker);
    }

    /**
     * A run on a thread of its own, so that the test can watch its processes meanwhile. The thread outlives the run
     * until the test closes it: bubblewrap dies with the thread that started it, and only the sandbox may end a run.
     */
    private record Background(
            Thread thread,
            AtomicReference<Sandbox.Run> result,
            AtomicReference<Throwable> thrown,
            CountDownLatch ended,
            CountDownLatch closed)
            implements AutoCloseable {

        interface Grading {
            Sandbox.Run run() throws Exception;
        }

        static Background run(Grading grading) {
            AtomicReference<Sandbox.Run> result = new AtomicReference<>();
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            CountDownLatch ended = new CountDownLatch(1);
            CountDownLatch closed = new CountDownLatch(1);
            Thread thread = Thread.ofPlatform().start(() -> {
                try {
                    result.set(grading.run());
                } catch (Throwable e) {
                    thrown.set(e);
                }
                ended.countDown();
                try {
                    closed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            return new Background(thread, result, thrown, ended, closed);
        }

        @Override
        public void close() throws InterruptedException {
            closed.countDown();
            thread.join();
        }
    }

    private static String marker() {
        return "skilltree-probe-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    private static void awaitStarted(String marker) {
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> !running(marker).isEmpty());
    }

    private static void awaitGone(String marker) {
        await().atMost(Duration.ofSeconds(2))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> running(marker).isEmpty());
    }

    private static List<ProcessHandle> running(String marker) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(marker))
                .toList();
    }
}
