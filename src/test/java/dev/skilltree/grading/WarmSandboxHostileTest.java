package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.skilltree.roadmap.Difficulty;
import dev.skilltree.roadmap.Estimate;
import dev.skilltree.roadmap.Text;
import dev.skilltree.support.RequiresSystemPackage;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Hostile learners' runs in one slot's warm sandbox, each followed by another learner's run in the same slot: what
 * the first leaves, and what the second can learn of the first. Each challenge here has one check,
 * {@code assertEqual(report(), EXPECTED)}; the learner's {@code report()} returns what it found, so a failure shows
 * it as the learner would see it ("got …, expected …").
 *
 * <p>The test marked {@link Disabled} is an attack that works today, on fresh sandboxes as much as on warm ones: it
 * asserts what the next learner should see, and fails with what it sees instead.
 */
@RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
class WarmSandboxHostileTest {

    private static final int SLOT = 11;
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

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
    void aRunHoldsNoCapabilityAndCannotBecomeRoot() {
        String privileges = """
                import os

                def report():
                    status = dict(line.split(":\\t", 1) for line in open("/proc/self/status").read().splitlines())
                    seen = {name: status[name].strip() for name in ("CapEff", "CapPrm", "CapAmb", "NoNewPrivs")}
                    for name, become in (("setuid(0)", lambda: os.setuid(0)), ("setgid(0)", lambda: os.setgid(0))):
                        try:
                            become()
                            seen[name] = "done"
                        except OSError:  # EPERM, or EINVAL where uid 0 has no mapping
                            seen[name] = "refused"
                    return seen
                """;
        Challenge challenge = expecting("privileges", """
                {"CapEff": "0000000000000000", "CapPrm": "0000000000000000", "CapAmb": "0000000000000000", \
                "NoNewPrivs": "1", "setuid(0)": "refused", "setgid(0)": "refused"}""");

        GradeResult result = grader.grade(challenge, solution(privileges), SLOT);

        assertThat(result.verdict()).as(result.tests().toString()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void processesThatHideStopOrRaceTheSweepDoNotReachTheNextRun() {
        // Each watcher writes what it sees in /inbox (the next learner's files) to /tmp, every millisecond: one that
        // outlived the sweep would leave a file there for the next run to see.
        String hiding = """
                import os, signal, subprocess, sys, time

                WATCH = "import os, time\\nwhile True:\\n    try:\\n        open('/tmp/seen-%d' % os.getpid(), 'w').write(repr(os.listdir('/inbox')))\\n    except OSError:\\n        pass\\n    time.sleep(0.001)\\n"
                # in a user and PID namespace of its own
                subprocess.Popen(["unshare", "--user", "--map-root-user", "--pid", "--fork", sys.executable, "-c", WATCH],
                                 start_new_session=True)
                for how in ("ignores signals", "stopped", "traced"):
                    if os.fork() == 0:
                        os.setsid()
                        for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
                            signal.signal(sig, signal.SIG_IGN)
                        if how == "stopped":
                            os.kill(os.getpid(), signal.SIGSTOP)
                        if how == "traced" and os.fork() == 0:
                            import ctypes
                            ctypes.CDLL(None).ptrace(0, 0, None, None)  # PTRACE_TRACEME: its tracer never waits
                            os.kill(os.getpid(), signal.SIGSTOP)
                        exec(WATCH)
                if os.fork() == 0:  # forks as fast as the process limit lets it, to race the kill
                    while True:
                        try:
                            if os.fork() > 0:
                                os._exit(0)
                        except OSError:
                            pass


                def seen():
                    states = []
                    for pid in os.listdir("/proc"):
                        try:
                            states.append(open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0])
                        except OSError:
                            pass
                    return {"watching": len([n for n in os.listdir("/tmp") if n.startswith("seen-")]),
                            "stopped": states.count("T") + states.count("t")}

                def report():
                    deadline = time.monotonic() + 2
                    while seen() != {"watching": 3, "stopped": 2} and time.monotonic() < deadline:
                        time.sleep(0.01)
                    return seen()
                """;

        GradeResult hidden =
                grader.grade(expecting("hiding", "{\"watching\": 3, \"stopped\": 2}"), solution(hiding), SLOT);
        GradeResult next = grader.grade(WarmSandboxTest.CLEAN, solution(WarmSandboxTest.PROBE), SLOT);

        assertThat(hidden.verdict()).as(hidden.tests().toString()).isEqualTo(Verdict.PASSED);
        assertThat(next.verdict()).as(next.tests().toString()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void oddFilesSymlinksAndFullFoldersAreSwept() {
        String odd = """
                import errno, os, socket

                filled = {}
                for folder in ("/tmp", "/work", "/dev/shm"):
                    os.makedirs(f"{folder}/many", exist_ok=True)
                    for i in range(1000):
                        open(f"{folder}/many/{i}", "w").close()
                    for name in ("new\\nline", "-rf", " ", ".hidden", "..x", "\\udcff\\udcfe"):
                        open(os.path.join(folder, name), "w").write("x")
                    os.symlink(folder + "/loop", folder + "/loop")
                    os.symlink("/inbox", folder + "/inbox")
                    os.symlink("/", folder + "/root")
                    os.symlink(folder, folder + "/itself")
                    os.mkfifo(folder + "/fifo")
                    socket.socket(socket.AF_UNIX).bind(folder + "/socket")
                    os.makedirs(folder + "/shut/inner")
                    open(folder + "/shut/inner/file", "w").write("x")
                    os.chmod(folder + "/shut/inner/file", 0)
                    os.chmod(folder + "/shut/inner", 0)
                    os.chmod(folder + "/shut", 0o1000)
                    filled[folder] = "room left"
                    try:  # up to the 64 MB the folder holds, 1 MB at a time (the file-size limit)
                        for i in range(80):
                            with open(f"{folder}/full-{i}", "wb") as full:
                                full.write(b"x" * (1 << 20))
                    except OSError as error:
                        filled[folder] = "full" if error.errno == errno.ENOSPC else error.strerror

                def report():
                    return filled
                """;

        GradeResult messy = grader.grade(
                expecting("odd-files", "{\"/tmp\": \"full\", \"/work\": \"full\", \"/dev/shm\": \"full\"}"),
                solution(odd),
                SLOT);
        GradeResult next = grader.grade(WarmSandboxTest.CLEAN, solution(WarmSandboxTest.PROBE), SLOT);

        assertThat(messy.verdict()).as(messy.tests().toString()).isEqualTo(Verdict.PASSED);
        assertThat(next.verdict()).as(next.tests().toString()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void aTreeTooDeepToSweepGetsTheNextRunANewSandbox() {
        String deep = """
                import os

                os.chdir("/tmp")
                for _ in range(1500):
                    os.mkdir("d")
                    os.chdir("d")
                open("bottom", "w").write("left for the next learner")
                depth = os.getcwd().count("/d")
                os.chdir("/work")

                def report():
                    return depth
                """;

        GradeResult deepest = grader.grade(expecting("deep-tree", "1500"), solution(deep), SLOT);
        GradeResult next = grader.grade(WarmSandboxTest.CLEAN, solution(WarmSandboxTest.PROBE), SLOT);

        assertThat(deepest.verdict()).as(deepest.tests().toString()).isEqualTo(Verdict.PASSED);
        assertThat(next.verdict()).as(next.tests().toString()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void aRunCannotReachTheAnswerChannelTheSupervisorOrItsSandboxsFirstProcess() {
        // Root only: as the server's own user, bubblewrap's first process shares the runs' uid, and a run can open
        // its descriptor 1, the answers to the grader, through /proc/1/fd/1 and write an answer of its own.
        assumeTrue(ROOT, "runs get a uid of their own only under root");
        String attacker = """
                import ctypes, os, signal

                libc = ctypes.CDLL(None, use_errno=True)
                supervisor = os.getppid()
                tried = {}

                def attempt(name, action):
                    try:
                        done = action()
                        tried[name] = "done" if done is None or done >= 0 else os.strerror(ctypes.get_errno())
                    except OSError as error:
                        tried[name] = error.strerror

                for fd in (0, 1):
                    attempt(f"open /proc/1/fd/{fd}", lambda: open(f"/proc/1/fd/{fd}", "w").close())
                for fd in (3, 4):
                    attempt(f"open the supervisor's fd {fd}", lambda: open(f"/proc/{supervisor}/fd/{fd}", "w").close())
                attempt("ptrace the supervisor", lambda: libc.ptrace(16, supervisor, None, None))
                attempt("ptrace the first process", lambda: libc.ptrace(16, 1, None, None))

                class Iovec(ctypes.Structure):
                    _fields_ = [("base", ctypes.c_void_p), ("len", ctypes.c_size_t)]

                into = ctypes.create_string_buffer(16)
                attempt("read the supervisor's memory", lambda: libc.process_vm_readv(
                    supervisor, ctypes.byref(Iovec(ctypes.cast(into, ctypes.c_void_p), 16)), 1,
                    ctypes.byref(Iovec(0x400000, 16)), 1, 0))
                attempt("kill the first process", lambda: os.kill(1, signal.SIGKILL))

                def report():
                    return tried
                """;
        Challenge challenge = expecting("answer-channel", """
                {"open /proc/1/fd/0": "Permission denied", "open /proc/1/fd/1": "Permission denied", \
                "open the supervisor's fd 3": "Permission denied", "open the supervisor's fd 4": "Permission denied", \
                "ptrace the supervisor": "Operation not permitted", "ptrace the first process": "Operation not permitted", \
                "read the supervisor's memory": "Operation not permitted", "kill the first process": "Operation not permitted"}""");

        GradeResult attack = grader.grade(challenge, solution(attacker), SLOT);
        GradeResult next = grader.grade(WarmSandboxTest.CLEAN, solution(WarmSandboxTest.PROBE), SLOT);

        assertThat(attack.verdict()).as(attack.tests().toString()).isEqualTo(Verdict.PASSED);
        assertThat(next.verdict()).as(next.tests().toString()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void aRunCannotMakeAPosixMessageQueue() {
        String queue = """
                import ctypes, os

                def report():
                    rt = ctypes.CDLL("librt.so.1", use_errno=True)
                    made = rt.mq_open(b"/left", os.O_CREAT | os.O_RDWR, 0o600, None)
                    return "made" if made >= 0 else os.strerror(ctypes.get_errno())
                """;
        // EMFILE is how mq_open says the queue would pass RLIMIT_MSGQUEUE, which the runner sets to 0: no queue can
        // outlive the run, since the sweep does not look for one.
        Challenge challenge = expecting("message-queue", "\"Too many open files\"");

        GradeResult result = grader.grade(challenge, solution(queue), SLOT);

        assertThat(result.verdict()).as(result.tests().toString()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void aRunCannotReadWhatThePreviousLearnersRunPrintedOrComputed() {
        String victim = """
                print("whistle: my debugging output")

                def report():
                    return "whistle-31337"  # the answer, which this learner found
                """;
        // Scans its own memory, a copy of the supervisor's, for another run's text; the pattern does not match itself.
        String scanner = """
                import ctypes, re

                def report():
                    found = set()
                    for line in open("/proc/self/maps"):
                        fields = line.split()
                        if "r" not in fields[1] or (len(fields) > 5 and fields[5].startswith(("/", "[v"))):
                            continue
                        start, end = (int(x, 16) for x in fields[0].split("-"))
                        found.update(m.group().decode() for m in re.finditer(rb"w[h]istle[-: a-z0-9]{0,24}",
                                                                             ctypes.string_at(start, end - start)))
                    return sorted(found)
                """;

        GradeResult first = grader.grade(expecting("whistle", "\"whistle-31337\""), solution(victim), SLOT);
        GradeResult next = grader.grade(expecting("remnants", "[]"), solution(scanner), SLOT);

        assertThat(first.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(next.tests().getFirst().message()).doesNotContain("whistle");
    }

    @Test
    void aRunLeavesNoExtendedAttributeOnWork() {
        String note = """
                import os

                def report():
                    try:
                        return os.getxattr("/work", "user.note").decode()
                    except OSError:
                        pass
                    try:
                        os.setxattr("/work", "user.note", b"left by the previous learner")
                    except OSError:
                        pass
                    return "nothing"
                """;
        Challenge challenge = expecting("work-attributes", "\"nothing\"");

        grader.grade(challenge, solution(note), SLOT);
        GradeResult next = grader.grade(challenge, solution(note), SLOT);

        assertThat(next.verdict()).as(next.tests().toString()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void aPortOrSocketNameTheLastRunUsedIsFreeForTheNext() {
        String holds = """
                import array, socket

                server = socket.socket()
                server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                server.bind(("127.0.0.1", 5000))
                server.listen()
                client = socket.create_connection(("127.0.0.1", 5000))
                served, _ = server.accept()
                served.close()  # the server's side closes first: port 5000 stays in TIME_WAIT for a minute
                client.close()
                named = socket.socket(socket.AF_UNIX)
                named.bind("\\0skilltree")
                named.listen()
                a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
                fds = [named.fileno(), a.fileno(), b.fileno()]
                a.sendmsg([b"x"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", fds))])
                """;
        String binds = """
                import socket

                def report():
                    bound = []
                    for family, address in ((socket.AF_INET, ("127.0.0.1", 5000)), (socket.AF_UNIX, "\\0skilltree")):
                        with socket.socket(family) as s:
                            try:
                                s.bind(address)
                                bound.append("bound")
                            except OSError as error:
                                bound.append(error.strerror)
                    return bound
                """;
        Challenge challenge = expecting("ports", "[\"bound\", \"bound\"]");

        grader.grade(challenge, solution(holds + "\ndef report():\n    return 'held'\n"), SLOT);
        GradeResult next = grader.grade(challenge, solution(binds), SLOT);

        assertThat(next.verdict()).as(next.tests().toString()).isEqualTo(Verdict.PASSED);
    }

    @Test
    @Disabled("finding 5: a key in the user keyring of the slot's uid outlives the run and the sandbox (not only warm"
            + " ones): the kernel keeps it per uid")
    void aKeyARunAddsIsGoneForTheNextRun() {
        String keys = """
                import ctypes

                libc = ctypes.CDLL(None, use_errno=True)
                libc.syscall.restype = ctypes.c_long
                USER_KEYRING = -4

                def report():
                    found = libc.syscall(250, 10, USER_KEYRING, b"user", b"skilltree-note", 0)  # keyctl(KEYCTL_SEARCH)
                    if found > 0:
                        text = ctypes.create_string_buffer(64)
                        libc.syscall(250, 11, found, text, 64)  # keyctl(KEYCTL_READ)
                        return text.value.decode()
                    added = libc.syscall(248, b"user", b"skilltree-note", b"left by the previous learner", 28, USER_KEYRING)
                    libc.syscall(250, 15, added, 60)  # keyctl(KEYCTL_SET_TIMEOUT): gone in a minute
                    return "nothing"
                """;
        Challenge challenge = expecting("keys", "\"nothing\"");

        grader.grade(challenge, solution(keys), SLOT);
        GradeResult next = grader.grade(challenge, solution(keys), SLOT);

        assertThat(next.verdict()).as(next.tests().toString()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void theSupervisorHoldsOnlyTheCapabilitiesItNeeds() {
        assumeTrue(ROOT, "the supervisor holds capabilities only under root");
        String looks = """
                import os

                def report():
                    status = open(f"/proc/{os.getppid()}/status").read().splitlines()
                    return [line.split()[1] for line in status if line.startswith("CapEff:")][0]
                """;
        // CAP_DAC_OVERRIDE (1), CAP_FOWNER (3), CAP_KILL (5), CAP_SETGID (6), CAP_SETUID (7)
        Challenge challenge = expecting("supervisor-capabilities", "\"00000000000000ea\"");

        GradeResult result = grader.grade(challenge, solution(looks), SLOT);

        assertThat(result.verdict()).as(result.tests().toString()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void aLearnersOwnRunnerModuleIsTheOneImported() {
        Map<String, String> files = Map.of(
                "runner.py", "def steps():\n    return 3\n",
                "solution.py", "from runner import steps\n\n\ndef report():\n    return steps()\n");
        Challenge twoFiles = withFiles(expecting("own-runner", "3"), files);

        GradeResult result = grader.grade(twoFiles, files, SLOT);

        assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.PASSED);
    }

    private static Map<String, String> solution(String code) {
        return Map.of("solution.py", code);
    }

    /** One check: {@code assertEqual(report(), expected)}; the reference's report returns {@code expected}. */
    private static Challenge expecting(String slug, String expected) {
        String test = """
                import unittest
                from solution import report


                class Report(unittest.TestCase):
                    def test_report(self):
                        self.assertEqual(report(), %s)
                """.formatted(expected);
        return TestChallenges.unit(
                slug, Limits.DEFAULT, Map.of("test_report.py", test), "def report():\n    return " + expected + "\n");
    }

    /** The same challenge with these files as both the starter and the reference. */
    private static Challenge withFiles(Challenge challenge, Map<String, String> files) {
        return new Challenge(
                challenge.slug(),
                new Text(challenge.slug(), challenge.slug()),
                List.of(),
                Difficulty.BEGINNER,
                new Estimate(1, 1),
                ChallengeKind.UNIT,
                challenge.limits(),
                new Text("-", "-"),
                new TreeMap<>(files),
                challenge.tests(),
                new TreeMap<>(files));
    }
}
