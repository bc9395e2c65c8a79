package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.skilltree.support.RequiresSystemPackage;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Learners' unit runs in one slot follow each other in the same warm sandbox. A run that leaves processes, files or
 * IPC objects behind, or goes for the supervisor, must not reach the next run, another learner's. The probe is a
 * challenge whose reference reports what it finds around it: run in a fresh sandbox of its own, the reference sees
 * a clean one, and the same code, submitted after a hostile run in the same slot, passes only if it sees the same.
 */
@RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
class WarmSandboxTest {

    private static final int SLOT = 7;
    /** What a run sees around it; the same code, run in a fresh sandbox as the reference, sees a clean one. */
    static final String PROBE = """
            import os

            def around():
                me = os.getuid()
                others = 0
                for pid in os.listdir("/proc"):
                    if pid.isdigit() and int(pid) != os.getpid():
                        try:
                            with open(f"/proc/{pid}/status") as status:
                                uid = [line.split()[1] for line in status if line.startswith("Uid:")][0]
                        except OSError:
                            continue
                        others += int(uid) == me
                ipc = sum(len(open(f"/proc/sysvipc/{kind}").readlines()) - 1 for kind in ("shm", "sem", "msg"))
                runs = len(os.listdir("/inbox")) if os.path.isdir("/inbox") else 1
                return {"tmp": os.listdir("/tmp"), "shm": os.listdir("/dev/shm"), "work": sorted(os.listdir("/work")),
                        "processes of my uid": others, "ipc objects": ipc, "runs I can see": runs}
            """;

    static final Challenge CLEAN =
            TestChallenges.unit("clean-sandbox", Limits.DEFAULT, Map.of("test_clean.py", """
                    import unittest
                    from solution import around


                    class Clean(unittest.TestCase):
                        def test_the_sandbox_is_as_new(self):
                            self.assertEqual(around(), {"tmp": [], "shm": [], "work": ["solution.py"],
                                                        "processes of my uid": 0, "ipc objects": 0,
                                                        "runs I can see": 1})
                    """), PROBE);
    private static Grader grader;

    @BeforeAll
    static void startGrader() {
        grader = Grader.create(PythonInterpreter.resolve("python3"));
    }

    @AfterAll
    static void stopGrader() {
        grader.close();
    }

    @Test
    void aFreshRunSeesACleanSandbox() {
        assertThat(grader.grade(CLEAN, Map.of("solution.py", PROBE), SLOT).verdict())
                .isEqualTo(Verdict.PASSED);
    }

    @Test
    void processesFilesAndFoldersARunLeavesAreGoneBeforeTheNextRun() {
        String messy = """
                import os, subprocess, sys
                os.makedirs("/tmp/locked/inside", exist_ok=True)
                open("/tmp/locked/inside/secret", "w").write("left for the next learner")
                os.chmod("/tmp/locked", 0o500)
                open("/dev/shm/left", "w").write("x")
                open("/work/left", "w").write("x")
                daemon = "import os, signal, time\\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\\nif os.fork():\\n    os._exit(0)\\nos.setsid()\\nwhile True:\\n    open('/tmp/alive', 'a').write('.')\\n    time.sleep(0.01)\\n"
                subprocess.Popen([sys.executable, "-c", daemon], start_new_session=True)
                """ + PROBE;

        grader.grade(CLEAN, Map.of("solution.py", messy), SLOT);
        GradeResult next = grader.grade(CLEAN, Map.of("solution.py", PROBE), SLOT);

        assertThat(next.verdict()).as(next.tests().toString()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void aRunThatLeavesIpcObjectsGetsTheNextRunANewSandbox() {
        String sharedMemory = """
                import ctypes
                libc = ctypes.CDLL(None, use_errno=True)
                assert libc.shmget(0, 4096, 0o1600) >= 0, "shmget failed"
                assert libc.semget(0, 1, 0o1600) >= 0, "semget failed"
                """ + PROBE;

        grader.grade(CLEAN, Map.of("solution.py", sharedMemory), SLOT);
        GradeResult next = grader.grade(CLEAN, Map.of("solution.py", PROBE), SLOT);

        assertThat(next.verdict()).as(next.tests().toString()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void aRunImportsItsOwnModulesEvenWhenTheSupervisorHasOneOfTheSameName() {
        Challenge helped = TestChallenges.unit(
                "helped",
                Limits.DEFAULT,
                Map.of("runner.py", "def twice(x):\n    return 2 * x\n", "test_helped.py", """
                        import unittest
                        import runner
                        from solution import half


                        class Helped(unittest.TestCase):
                            def test_twice_the_half(self):
                                self.assertEqual(runner.twice(half()), 42)
                        """),
                "def half():\n    return 21\n");

        GradeResult result = grader.grade(helped, helped.reference(), SLOT);

        assertThat(result.verdict()).as(result.tests().toString()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void aRunCannotKillStopOrReadTheSupervisor() {
        // As the server's own user (a laptop) the runs share its uid; the supervisor's protection is then that it is
        // not dumpable, and a run that kills it only loses its own verdict.
        assumeTrue("root".equals(System.getProperty("user.name")), "runs get a uid of their own only under root");
        String attacker = """
                import os, signal
                supervisor = os.getppid()
                tried = []
                for sig in (signal.SIGKILL, signal.SIGSTOP):
                    try:
                        os.kill(supervisor, sig)
                        tried.append("signalled")
                    except PermissionError:
                        tried.append("refused")
                for part in ("mem", "environ", "fd"):
                    try:
                        os.listdir(f"/proc/{supervisor}/fd") if part == "fd" else open(f"/proc/{supervisor}/{part}", "rb").read(1)
                        tried.append("read")
                    except PermissionError:
                        tried.append("refused")

                def around():
                    return tried
                """;

        GradeResult attack = grader.grade(CLEAN, Map.of("solution.py", attacker), SLOT);
        GradeResult next = grader.grade(CLEAN, Map.of("solution.py", PROBE), SLOT);

        assertThat(attack.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(attack.tests().getFirst().message())
                .contains("got ['refused', 'refused', 'refused', 'refused', 'refused']");
        assertThat(next.verdict()).isEqualTo(Verdict.PASSED);
    }
}
