package dev.skilltree.grading;

import dev.skilltree.config.SystemPrograms;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the harness on one submission, isolated by bubblewrap when it is installed: read-only system and Python, a
 * private size-limited /tmp and /work, no network, new PID namespace, and, when the server runs as root, an
 * unprivileged uid so that the process limit holds. The harness sets the rlimits; this class enforces the wall clock
 * and the output cap and kills the whole sandbox when either is hit.
 */
public final class Sandbox {

    /** How a run is isolated. */
    public enum Isolation {
        BUBBLEWRAP,
        /** No bubblewrap, but {@code unshare} may make new network, PID, IPC and UTS namespaces: rlimits plus those. */
        UNSHARE,
        RLIMITS_ONLY
    }

    /** What came out of one run, before it is turned into a verdict. */
    record Run(
            int exitCode,
            boolean timedOut,
            boolean outputExceeded,
            String stdout,
            String stderr,
            String result,
            long wallMillis) {}

    static final int OUTPUT_CAP_BYTES = 1024 * 1024;
    private static final int WORK_TMPFS_BYTES = 64 * 1024 * 1024;
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final PythonInterpreter python;
    private final Path harness;
    private final Isolation isolation;

    Sandbox(PythonInterpreter python, Path harness, Isolation isolation) {
        this.python = python;
        this.harness = harness;
        this.isolation = isolation;
    }

    public Isolation isolation() {
        return isolation;
    }

    /** Bubblewrap when {@code bwrap} is on the PATH; else {@code unshare} when this user may; else rlimits only. */
    static Isolation detect() {
        if (SystemPrograms.installed("bwrap")) {
            return Isolation.BUBBLEWRAP;
        }
        return SystemPrograms.installed("unshare") && unsharePermitted() ? Isolation.UNSHARE : Isolation.RLIMITS_ONLY;
    }

    private static boolean unsharePermitted() {
        try {
            List<String> probe = new ArrayList<>(unshare());
            probe.add("true");
            Process process =
                    new ProcessBuilder(probe).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(5, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** New network (loopback only), PID, IPC and UTS namespaces; a non-root user maps itself to root in them. */
    private static List<String> unshare() {
        List<String> args =
                new ArrayList<>(List.of("unshare", "--net", "--pid", "--ipc", "--uts", "--fork", "--kill-child"));
        if (!ROOT) {
            args.add("--map-root-user");
        }
        return args;
    }

    Run run(Path submission, Path tests, Limits limits, String nonce, Path resultFile, int slot)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of("/bin/sh", "-c", "exec \"$@\" 3>\"$SKILLTREE_RESULT\"", "sandbox"));
        switch (isolation) {
            case BUBBLEWRAP -> command.addAll(bubblewrap(submission, tests, limits, slot));
            case UNSHARE -> {
                command.addAll(unshare());
                command.addAll(plain(submission, tests, limits));
            }
            case RLIMITS_ONLY -> command.addAll(plain(submission, tests, limits));
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("SKILLTREE_RESULT", resultFile.toString());
        if (isolation != Isolation.BUBBLEWRAP) {
            builder.directory(submission.toFile());
        }
        long start = System.nanoTime();
        Process process = builder.start();
        AtomicBoolean exceeded = new AtomicBoolean();
        Capture out = new Capture(process.getInputStream(), exceeded, process);
        Capture err = new Capture(process.getErrorStream(), exceeded, process);
        Thread outReader = Thread.ofVirtual().start(out);
        Thread errReader = Thread.ofVirtual().start(err);
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write((nonce + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException closedEarly) {
            // the process may already have exited; its result decides
        }
        boolean finished = process.waitFor(limits.wallSeconds() * 1000L + 500, TimeUnit.MILLISECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
        }
        outReader.join();
        errReader.join();
        long wall = (System.nanoTime() - start) / 1_000_000;
        String result = Files.exists(resultFile) ? Files.readString(resultFile) : "";
        return new Run(process.exitValue(), !finished, exceeded.get(), out.text(), err.text(), result, wall);
    }

    private List<String> bubblewrap(Path submission, Path tests, Limits limits, int slot) {
        List<String> args = new ArrayList<>(List.of(
                "bwrap",
                "--unshare-ipc",
                "--unshare-pid",
                "--unshare-net",
                "--unshare-uts",
                "--unshare-cgroup-try",
                "--die-with-parent",
                "--new-session",
                "--clearenv",
                "--setenv",
                "PATH",
                "/usr/bin:/bin",
                "--setenv",
                "HOME",
                "/work",
                "--setenv",
                "LANG",
                "C.UTF-8",
                "--setenv",
                "PYTHONIOENCODING",
                "utf-8",
                "--setenv",
                "PYTHONDONTWRITEBYTECODE",
                "1",
                "--ro-bind",
                "/usr",
                "/usr"));
        for (String dir : List.of("/bin", "/lib", "/lib64", "/lib32")) {
            if (Files.exists(Path.of(dir))) {
                args.addAll(List.of("--ro-bind", dir, dir));
            }
        }
        if (!python.prefix().startsWith("/usr")) {
            args.addAll(List.of(
                    "--ro-bind", python.prefix().toString(), python.prefix().toString()));
        }
        args.addAll(List.of(
                "--ro-bind",
                harness.toString(),
                "/harness",
                "--ro-bind",
                tests.toString(),
                "/tests",
                "--ro-bind",
                submission.toString(),
                "/submission",
                "--proc",
                "/proc",
                "--dev",
                "/dev",
                "--size",
                Integer.toString(WORK_TMPFS_BYTES),
                "--tmpfs",
                "/tmp",
                "--perms",
                "0777",
                "--size",
                Integer.toString(WORK_TMPFS_BYTES),
                "--tmpfs",
                "/work",
                "--chdir",
                "/work"));
        String harnessCommand = harnessCommand(limits, "/harness/harness.py", "/tests");
        if (ROOT) {
            // As root the kernel ignores RLIMIT_NPROC; a per-slot unprivileged uid makes the process limit hold.
            int uid = 60_000 + slot;
            args.addAll(List.of(
                    "--cap-add",
                    "CAP_SETUID",
                    "--cap-add",
                    "CAP_SETGID",
                    "/bin/sh",
                    "-c",
                    "cp -r /submission/. /work/ && exec setpriv --reuid=" + uid + " --regid=" + uid
                            + " --clear-groups --inh-caps=-all --bounding-set=-all " + harnessCommand));
        } else {
            args.addAll(List.of("/bin/sh", "-c", "cp -r /submission/. /work/ && exec " + harnessCommand));
        }
        return args;
    }

    private List<String> plain(Path submission, Path tests, Limits limits) {
        return List.of(
                "/bin/sh",
                "-c",
                "exec " + harnessCommand(limits, harness.resolve("harness.py").toString(), tests.toString()));
    }

    /**
     * {@code -I} ignores the environment and the user's site directory, {@code -S} skips {@code site} altogether:
     * challenges use the standard library only, so installed packages stay out of reach, and a run starts about
     * 30 ms sooner. {@code -B} writes no bytecode into the run.
     */
    private String harnessCommand(Limits limits, String harnessPath, String testsPath) {
        return String.join(
                " ",
                python.executable().toString(),
                "-I",
                "-S",
                "-B",
                harnessPath,
                Integer.toString(limits.cpuSeconds()),
                Integer.toString(limits.memoryMb()),
                Integer.toString(limits.processes()),
                Integer.toString(limits.outputKb() * 16),
                testsPath);
    }

    /** Reads a stream to the end, keeping at most {@link #OUTPUT_CAP_BYTES}; past the cap it kills the run. */
    private static final class Capture implements Runnable {
        private final InputStream in;
        private final AtomicBoolean exceeded;
        private final Process process;
        private final java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream();

        Capture(InputStream in, AtomicBoolean exceeded, Process process) {
            this.in = in;
            this.exceeded = exceeded;
            this.process = process;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (in) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    int room = OUTPUT_CAP_BYTES - kept.size();
                    kept.write(buffer, 0, Math.min(n, Math.max(room, 0)));
                    if (n > room && exceeded.compareAndSet(false, true)) {
                        process.descendants().forEach(ProcessHandle::destroyForcibly);
                        process.destroyForcibly();
                    }
                }
            } catch (IOException closed) {
                // the process was killed; what was read is kept
            }
        }

        String text() {
            return kept.toString(StandardCharsets.UTF_8);
        }
    }
}
