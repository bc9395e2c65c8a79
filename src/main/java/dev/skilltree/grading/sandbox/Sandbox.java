package dev.skilltree.grading.sandbox;

import dev.skilltree.config.SystemPrograms;
import dev.skilltree.grading.Isolation;
import dev.skilltree.grading.Limits;
import dev.skilltree.grading.PythonInterpreter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the checks on one set of files (a learner's, or the reference's in a run of its own), isolated by bubblewrap
 * when it is installed: read-only system and Python, a private size-limited /tmp and /work, no network, new PID
 * namespace, and, when the server runs as root, an unprivileged uid so that the process limit holds. The runner sets
 * the rlimits; this class enforces the wall clock and the output cap and kills the whole sandbox when either is hit.
 * What the run reports arrives on descriptor 3, a file outside the sandbox that nothing else in the run can see.
 */
public final class Sandbox implements AutoCloseable {

    /** What came out of one run, before it is turned into a verdict. */
    public record Run(
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
    /**
     * bubblewrap's {@code --die-with-parent} kills a sandbox when the thread that started it ends, not the JVM. A
     * run's own thread may be a pooled carrier that retires, so every sandbox is started from this one thread,
     * which lives as long as the JVM.
     */
    private static final ExecutorService STARTER = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("skilltree-sandbox-starter").factory());

    private final PythonInterpreter python;
    private final Path runtime;
    private final Isolation isolation;
    private final Map<Integer, WarmSandbox> warm = new ConcurrentHashMap<>();
    private Path warmHome;

    public Sandbox(PythonInterpreter python, Path runtime, Isolation isolation) {
        this.python = python;
        this.runtime = runtime;
        this.isolation = isolation;
    }

    public Isolation isolation() {
        return isolation;
    }

    /** Bubblewrap when {@code bwrap} is on the PATH; else {@code unshare} when this user may; else rlimits only. */
    public static Isolation detect() {
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

    /**
     * What runs inside: a folder mounted read-only at {@code /extra} ({@code /checks} or {@code /input}), and the
     * command, given where the runtime and that folder are. With {@code dropsItself} the command (the measuring
     * supervisor) drops its child to the run's uid itself, so it stays above the learner's code. A {@code warm}
     * sandbox's supervisor is its first process and serves run after run (see {@link WarmSandbox}).
     */
    private record Launch(Path extra, String mount, Command command, boolean dropsItself, boolean warm) {
        Launch(Path extra, String mount, Command command, boolean dropsItself) {
            this(extra, mount, command, dropsItself, false);
        }
    }

    /**
     * As root, the warm supervisor keeps these capabilities and no other: to drop each run to its uid, kill what the
     * run left (its processes run as that uid) and delete what it wrote (in folders it may not enter otherwise).
     */
    private static final List<String> SWEEPER =
            List.of("CAP_SETUID", "CAP_SETGID", "CAP_KILL", "CAP_DAC_OVERRIDE", "CAP_FOWNER");

    @FunctionalInterface
    private interface Command {
        String line(String runtimeDir, String extraPath, String uid);
    }

    /** Runs the checks in {@code checks} on the files in {@code submission}; {@code slot} picks the run's uid. */
    public Run run(Path submission, Path checks, Limits limits, long seed, String mode, Path resultFile, int slot)
            throws IOException, InterruptedException {
        Command command = (runtimeDir, checksPath, uid) -> String.join(
                " ",
                pythonCommand(runtimeDir + "/runner.py"),
                limitArguments(limits),
                Long.toString(seed),
                checksPath,
                mode);
        return launch(submission, new Launch(checks, "/checks", command, false), limits, resultFile, slot);
    }

    /**
     * A learner's run of the checks: under bubblewrap in the slot's {@link WarmSandbox}, which forks it from an
     * interpreter that has the runner loaded; otherwise as {@link #run} runs it.
     */
    public Run runChecks(Path submission, Path checks, Limits limits, long seed, Path resultFile, int slot)
            throws IOException, InterruptedException {
        // Without root the runs would share the supervisor's uid: they could signal it, and nothing would stop them
        // from what it holds but its being non-dumpable, so the warm sandbox is only for a server that runs as root.
        if (isolation != Isolation.BUBBLEWRAP || !ROOT) {
            return run(submission, checks, limits, seed, "checks", resultFile, slot);
        }
        return warmSandbox(slot).run(submission, checks, limits, seed, fileKb(limits));
    }

    private synchronized WarmSandbox warmSandbox(int slot) throws IOException {
        if (warmHome == null) {
            warmHome = Files.createTempDirectory("skilltree-warm");
            RunFiles.openUp(warmHome);
        }
        Path home = warmHome.resolve("slot-" + slot);
        return warm.computeIfAbsent(slot, s -> new WarmSandbox(home, inbox -> warmCommand(inbox, s)));
    }

    private List<String> warmCommand(Path inbox, int slot) {
        Command command = (runtimeDir, inboxPath, uid) ->
                String.join(" ", pythonCommand(runtimeDir + "/" + GradingScripts.WARM), runtimeDir, uid);
        return bubblewrap(null, new Launch(inbox, "/inbox", command, true, true), slot);
    }

    /** Stops the warm sandboxes; a later run starts its slot's again. */
    @Override
    public void close() {
        warm.values().forEach(WarmSandbox::close);
    }

    /**
     * Runs {@code entry} (a Python file of {@code submission}) with {@code input}/stdin on its standard input, under the
     * measuring supervisor, which reports the program's wall time, CPU time and peak memory on descriptor 3.
     */
    public Run measure(Path submission, String entry, Path input, Limits limits, Path resultFile, int slot)
            throws IOException, InterruptedException {
        Command command = (runtimeDir, inputPath, uid) -> String.join(
                " ",
                pythonCommand(runtimeDir + "/measure.py"),
                uid,
                limitArguments(limits),
                inputPath + "/stdin",
                programCommand(entry));
        return launch(submission, new Launch(input, "/input", command, true), limits, resultFile, slot);
    }

    /**
     * Runs a fault or service challenge's {@code grade.py} (in {@code grade}, mounted at {@code /grade}) under the
     * scenario supervisor, which starts the learner's programs from {@code submission} in inner sandboxes of their
     * own; its report arrives on descriptor 3.
     */
    public Run scenario(Path submission, Path grade, Limits limits, long seed, Path resultFile, int slot)
            throws IOException, InterruptedException {
        Command command = (runtimeDir, gradePath, uid) -> String.join(
                " ", pythonCommand(runtimeDir + "/scenario.py"), uid, limitArguments(limits), Long.toString(seed));
        return launch(submission, new Launch(grade, "/grade", command, true), limits, resultFile, slot);
    }

    private Run launch(Path submission, Launch launch, Limits limits, Path resultFile, int slot)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of("/bin/sh", "-c", "exec \"$@\" 3>\"$SKILLTREE_RESULT\"", "sandbox"));
        switch (isolation) {
            case BUBBLEWRAP -> command.addAll(bubblewrap(submission, launch, slot));
            case UNSHARE -> {
                command.addAll(unshare());
                command.addAll(plain(launch));
            }
            case RLIMITS_ONLY -> command.addAll(plain(launch));
        }
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("SKILLTREE_RESULT", resultFile.toString());
        if (isolation != Isolation.BUBBLEWRAP) {
            builder.directory(submission.toFile());
        }
        long start = System.nanoTime();
        Process process = start(builder);
        AtomicBoolean exceeded = new AtomicBoolean();
        Capture out = new Capture(process.getInputStream(), exceeded, process);
        Capture err = new Capture(process.getErrorStream(), exceeded, process);
        Thread outReader = Thread.ofVirtual().start(out);
        Thread errReader = Thread.ofVirtual().start(err);
        boolean finished;
        try {
            finished = process.waitFor(limits.wallSeconds() * 1000L + 500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            // The node is stopping and gives up this run: its process tree goes with it, none is left behind.
            kill(process);
            throw e;
        }
        if (!finished) {
            kill(process);
            process.waitFor();
        }
        outReader.join();
        errReader.join();
        long wall = (System.nanoTime() - start) / 1_000_000;
        String result = Files.exists(resultFile) ? Files.readString(resultFile) : "";
        return new Run(process.exitValue(), !finished, exceeded.get(), out.text(), err.text(), result, wall);
    }

    /** Starts a sandbox's process from the one thread that outlives every run. */
    static Process start(ProcessBuilder builder) throws IOException, InterruptedException {
        try {
            return STARTER.submit(builder::start).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    /** Kills the run's whole process tree. */
    static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private List<String> bubblewrap(Path submission, Launch launch, int slot) {
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
            // Its parents are made traversable (bubblewrap would copy /root's 0700), so that the run's uid can start
            // the interpreter again: multiprocessing's resource tracker and spawned processes do.
            List<Path> parents = new ArrayList<>();
            for (Path dir = python.prefix().getParent();
                    dir != null && dir.getParent() != null;
                    dir = dir.getParent()) {
                parents.addFirst(dir);
            }
            parents.forEach(dir -> args.addAll(List.of("--perms", "0755", "--dir", dir.toString())));
            args.addAll(List.of(
                    "--ro-bind", python.prefix().toString(), python.prefix().toString()));
        }
        args.addAll(List.of(
                "--ro-bind",
                runtime.toString(),
                "/runtime",
                "--ro-bind",
                launch.extra().toString(),
                launch.mount()));
        if (submission != null) {
            args.addAll(List.of("--ro-bind", submission.toString(), "/submission"));
        }
        args.addAll(List.of(
                "--proc",
                "/proc",
                "--dev",
                "/dev",
                // Writable by the run's uid, sticky as on a host: multiprocessing's locks, queues and shared memory
                // live in /dev/shm, tempfile in /tmp.
                "--perms",
                "1777",
                "--size",
                Integer.toString(WORK_TMPFS_BYTES),
                "--tmpfs",
                "/dev/shm",
                "--perms",
                "1777",
                "--size",
                Integer.toString(WORK_TMPFS_BYTES),
                "--tmpfs",
                "/tmp",
                "--perms",
                // Sticky in a warm sandbox, so that no run can set an extended attribute on /work for the next.
                launch.warm() ? "1777" : "0777",
                "--size",
                Integer.toString(WORK_TMPFS_BYTES),
                "--tmpfs",
                "/work",
                "--chdir",
                "/work"));
        // As root the kernel ignores RLIMIT_NPROC; a per-slot unprivileged uid makes the process limit hold.
        String uid = ROOT ? Integer.toString(60_000 + slot) : "-";
        String inner = launch.command().line("/runtime", launch.mount(), uid);
        if (ROOT && launch.warm()) {
            // As root, bubblewrap keeps every capability unless told to drop them; --cap-add adds to that set.
            args.addAll(List.of("--cap-drop", "ALL"));
            SWEEPER.forEach(capability -> args.addAll(List.of("--cap-add", capability)));
        } else if (ROOT) {
            args.addAll(List.of("--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"));
        }
        if (launch.warm()) {
            args.add("--as-pid-1"); // the supervisor is the sandbox's init: no run can signal it, kill(-1) spares it
        }
        if (ROOT && !launch.dropsItself()) {
            inner = "setpriv --reuid=" + uid + " --regid=" + uid
                    + " --clear-groups --inh-caps=-all --bounding-set=-all " + inner;
        }
        // No shell: the scripts copy /submission into /work themselves, and no path here holds a space.
        args.addAll(List.of(inner.split(" ")));
        return args;
    }

    private List<String> plain(Launch launch) {
        return List.of(
                "/bin/sh",
                "-c",
                "exec "
                        + launch.command()
                                .line(runtime.toString(), launch.extra().toString(), "-"));
    }

    /**
     * {@code -I} ignores the environment and the user's site directory, {@code -S} skips {@code site} altogether:
     * challenges use the standard library only, so installed packages stay out of reach, and a run starts about
     * 30 ms sooner. {@code -B} writes no bytecode into the run.
     */
    private String pythonCommand(String script) {
        return String.join(" ", python.executable().toString(), "-I", "-S", "-B", script);
    }

    /**
     * A learner's program runs as {@code -I} would run it but for {@code -P}: its own folder comes first on
     * {@code sys.path}, so that it imports its sibling files as {@code python main.py} does on the learner's machine.
     */
    private String programCommand(String entry) {
        return String.join(" ", python.executable().toString(), "-E", "-s", "-S", "-B", entry);
    }

    private static String limitArguments(Limits limits) {
        return String.join(
                " ",
                Integer.toString(limits.cpuSeconds()),
                Integer.toString(limits.memoryMb()),
                Integer.toString(limits.processes()),
                Integer.toString(fileKb(limits)));
    }

    /** The size limit of each file a run writes: its report and its own files. */
    private static int fileKb(Limits limits) {
        return limits.outputKb() * 16;
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
                        kill(process);
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
