package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.RequiresSystemPackage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real Python in the real bubblewrap sandbox: the shipped challenges, and the hostile cases of the grading issue. */
@RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
class SandboxedGradingTest {

    private static final Limits TIGHT = new Limits(1, 2, 128, 8, 64);
    private static Grader grader;

    @TempDir
    static Path outside;

    @BeforeAll
    static void startGrader() {
        grader = Grader.create(PythonInterpreter.resolve("python3"));
        assertThat(grader.isolation()).isEqualTo(Isolation.BUBBLEWRAP);
    }

    @Test
    void reportsEachTestInFileOrderWithItsMessageAndOutput() {
        Challenge counter = BuiltInChallenges.get("closure-counter");
        String wrong = "def make_counter(start=0, step=1):\n    print('counting')\n    return lambda: start\n";

        GradeResult result = grader.grade(counter, Map.of("solution.py", wrong), 0);

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.tests())
                .extracting(TestOutcome::name)
                .containsExactly(
                        "test_starts_at_zero_by_default", "test_uses_start_and_step",
                        "test_counters_are_independent", "test_keeps_its_state_in_a_closure");
        assertThat(result.tests().getFirst().status()).isEqualTo("fail");
        assertThat(result.tests().getFirst().message())
                .isEqualTo("make_counter(), called three times: got [0, 0, 0], expected [0, 1, 2]");
        assertThat(result.tests().getFirst().output()).isEqualTo("counting\n");
    }

    @Test
    void aSyntaxErrorIsAnError() {
        assertThat(hostile("def run(:\n").verdict()).isEqualTo(Verdict.ERROR);
    }

    @Test
    void anInfiniteLoopHitsTheTimeLimit() {
        assertThat(hostile("def run():\n    while True:\n        pass\n").verdict())
                .isEqualTo(Verdict.TIME_LIMIT);
    }

    @Test
    void sleepingPastTheWallLimitHitsTheTimeLimit() {
        GradeResult result = hostile("import time\ndef run():\n    time.sleep(30)\n");

        assertThat(result.verdict()).isEqualTo(Verdict.TIME_LIMIT);
        assertThat(result.wallMillis()).isLessThan((TIGHT.wallSeconds() + 2) * 1000L);
    }

    @Test
    void aHugeAllocationHitsTheMemoryLimit() {
        assertThat(hostile("def run():\n    return bytearray(10 * 1024 ** 3)\n").verdict())
                .isEqualTo(Verdict.MEMORY_LIMIT);
    }

    @Test
    void floodingStdoutHitsTheOutputLimit() {
        GradeResult result =
                hostile("import os\ndef run():\n    for _ in range(100 * 1024):\n        os.write(1, b'x' * 1024)\n");

        assertThat(result.verdict()).isEqualTo(Verdict.OUTPUT_LIMIT);
    }

    @Test
    void deepRecursionIsAnError() {
        assertThat(hostile("def run(n=0):\n    return run(n + 1)\n").verdict()).isEqualTo(Verdict.ERROR);
    }

    @Test
    void aForkBombDoesNotPassAndLeavesNoProcessBehind() {
        GradeResult result = hostile(
                "import os\ndef run():\n    while True:\n        try:\n            os.fork()\n        except OSError:\n            pass\n");

        assertThat(result.verdict()).isNotEqualTo(Verdict.PASSED);
        assertThat(sandboxProcesses()).isEmpty();
    }

    @Test
    void sharedMemoryTemporaryFilesAndProcessPoolsWorkInTheSandbox() {
        Challenge pool =
                TestChallenges.unit("process-pool", new Limits(5, 15, 1024, 32, 64), Map.of("test_pool.py", """
                        import unittest
                        from solution import total

                        class PoolTest(unittest.TestCase):
                            def test_total(self):
                                self.assertEqual(total([1, 2, 3]), 14)
                        """), """
                from concurrent.futures import ProcessPoolExecutor
                from multiprocessing import shared_memory
                import tempfile

                def square(x):
                    return x * x

                def total(xs):
                    block = shared_memory.SharedMemory(create=True, size=8)
                    block.buf[0] = 7
                    block.close()
                    block.unlink()
                    with tempfile.TemporaryFile() as scratch:
                        scratch.write(b"x")
                    with ProcessPoolExecutor(2) as workers:
                        return sum(workers.map(square, xs))
                """);

        GradeResult result = grader.grade(pool, pool.reference(), 0);

        assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void aDaemonisedChildDiesWithTheRun() {
        GradeResult result = hostile(
                "import os, time\ndef run():\n    if os.fork() == 0:\n        os.setsid()\n        time.sleep(60)\n    return 'ok'\n");

        assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(sandboxProcesses()).isEmpty();
    }

    @Test
    void writingAHugeFileFailsAndLeavesNothingBehind() throws Exception {
        long before = Files.getFileStore(Path.of(System.getProperty("java.io.tmpdir")))
                .getUsableSpace();

        GradeResult result = hostile(
                "def run():\n    with open('big', 'wb') as f:\n        for _ in range(10 * 1024):\n            f.write(b'x' * 1024 * 1024)\n    return 'ok'\n");

        assertThat(result.verdict()).isNotEqualTo(Verdict.PASSED);
        long after = Files.getFileStore(Path.of(System.getProperty("java.io.tmpdir")))
                .getUsableSpace();
        assertThat(before - after).isLessThan(100L * 1024 * 1024);
    }

    @Test
    void cannotReadSecretsTheDatabaseOrFilesOutsideItsRun() throws Exception {
        Path secret = Files.writeString(outside.resolve("another-submission.py"), "secret");
        String code = "def run():\n    seen = []\n    for path in ['/etc/shadow', '/etc/passwd', '" + secret
                + "', '/root/.m2', '/work/../tmp/x']:\n"
                + "        try:\n            open(path).read()\n            seen.append(path)\n        except OSError:\n            pass\n"
                + "    return 'ok' if not seen else 'read ' + ' '.join(seen)\n";

        GradeResult result = hostile(code);

        assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void hasNoNetworkNotEvenToTheServersOwnPort() throws Exception {
        try (java.net.ServerSocket server =
                new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            assertThat(hostile(connecting(server.getLocalPort())).verdict()).isEqualTo(Verdict.PASSED);
        }
    }

    @Test
    void aSymlinkToRootDoesNotEscape() {
        String code =
                "import os\ndef run():\n    os.symlink('/', 'root')\n    return 'ok' if not os.path.exists('root/etc/shadow') else 'escaped'\n";

        assertThat(hostile(code).verdict()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void killingItsParentIsRefusedAndTheGraderKeepsWorking() {
        GradeResult result =
                hostile("import os, signal\ndef run():\n    os.kill(os.getppid(), signal.SIGKILL)\n    return 'ok'\n");

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.tests().getFirst().message()).contains("raised PermissionError");
        Challenge counter = BuiltInChallenges.get("closure-counter");
        assertThat(grader.grade(counter, counter.reference(), 1).verdict()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void theOfflineCommandPrintsAReportAndExitsNonZeroUnlessPassed() throws Exception {
        Path dir = Files.createDirectories(outside.resolve("cc"));
        var out = new java.io.StringWriter();
        var cli = dev.skilltree.cli.Main.commandLine().setOut(new java.io.PrintWriter(out));

        assertThat(cli.execute("fetch", "closure-counter", "--dir", dir.toString()))
                .isZero();
        assertThat(cli.execute("test", "closure-counter", dir.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("FAILED: 0 of 4 tests passed", "NotImplementedError");

        Files.writeString(
                dir.resolve("solution.py"),
                BuiltInChallenges.get("closure-counter").reference().get("solution.py"));
        assertThat(cli.execute("test", "closure-counter", dir.toString())).isZero();
        assertThat(out.toString()).contains("PASSED: 4 of 4 tests passed", "(sandbox: bubblewrap)");
    }

    private static GradeResult hostile(String solution) {
        return hostile(grader, solution);
    }

    /** Grades {@code solution}, whose {@code run()} must return 'ok' to pass, under tight limits. */
    static GradeResult hostile(Grader grader, String solution) {
        TreeMap<String, String> tests = new TreeMap<>(
                Map.of(
                        "test_run.py",
                        "import unittest\nimport solution\n\nclass RunTest(unittest.TestCase):\n    def test_run(self):\n        self.assertEqual(solution.run(), 'ok')\n"));
        Challenge challenge = TestChallenges.unit("hostile", TIGHT, tests, "def run():\n    return 'ok'\n");
        return grader.grade(challenge, Map.of("solution.py", solution), 1);
    }

    /** Code whose run() returns 'ok' only when it can connect neither to {@code port} on loopback nor outside. */
    static String connecting(int port) {
        return "import socket\ndef run():\n    for host, port in [('127.0.0.1', " + port + "), ('1.1.1.1', 80)]:\n"
                + "        try:\n            socket.create_connection((host, port), timeout=1).close()\n"
                + "            return 'connected to ' + host\n"
                + "        except OSError:\n            pass\n    return 'ok'\n";
    }

    /**
     * The processes of any grading run: runners, supervisors, the inner sandboxes of live scenarios, and anything
     * under a warm sandbox's supervisor (which, between runs, has no process under it).
     */
    static List<String> sandboxProcesses() {
        return ProcessHandle.allProcesses()
                .filter(p -> {
                    String line = p.info().commandLine().orElse("");
                    return line.contains("runner.py")
                            || line.contains("measure.py")
                            || line.contains("scenario.py")
                            || line.contains("skilltree-run")
                            || line.contains("/tmp/state")
                            || underWarmSupervisor(p);
                })
                .map(p -> p.pid() + " " + p.info().commandLine().orElse("?"))
                .toList();
    }

    private static boolean underWarmSupervisor(ProcessHandle process) {
        for (var up = process.parent(); up.isPresent(); up = up.get().parent()) {
            String line = up.get().info().commandLine().orElse("");
            if (line.contains("/warm.py") && !line.contains("bwrap")) { // the supervisor, not its sandbox
                return true;
            }
        }
        return false;
    }
}
