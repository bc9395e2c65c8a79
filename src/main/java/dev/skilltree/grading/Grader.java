package dev.skilltree.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Grades one submission of one challenge in the sandbox and turns what happened into a verdict. */
public final class Grader {

    static final int MAX_FILES = 20;
    static final int MAX_BYTES = 256 * 1024;
    private static final int SIGNAL_EXIT = 128;
    private static final int SIGXCPU = 24;
    private static final int SIGKILL = 9;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Sandbox sandbox;
    private final SecureRandom random = new SecureRandom();

    public Grader(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** A grader with the given Python and the best isolation this machine offers. */
    public static Grader create(PythonInterpreter python) {
        return new Grader(new Sandbox(python, Harness.extract(), Sandbox.detect()));
    }

    public Sandbox.Isolation isolation() {
        return sandbox.isolation();
    }

    /** Checks paths and sizes, then runs the hidden tests; {@code slot} tells concurrent runs apart. */
    public GradeResult grade(Challenge challenge, Map<String, String> files, int slot) {
        check(challenge, files);
        Path run = null;
        try {
            run = Files.createTempDirectory("skilltree-run");
            Path submission = writeAll(run.resolve("submission"), files);
            Path tests = writeAll(run.resolve("tests"), challenge.tests());
            Path channel = Files.createDirectory(run.resolve("channel"));
            String nonce = HexFormat.of().formatHex(random.generateSeed(16));
            Sandbox.Run outcome =
                    sandbox.run(submission, tests, challenge.limits(), nonce, channel.resolve("result.json"), slot);
            return verdict(outcome, nonce);
        } catch (IOException e) {
            return new GradeResult(Verdict.SANDBOX_ERROR, "the sandbox could not run: " + e.getMessage(), List.of(), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new GradeResult(Verdict.SANDBOX_ERROR, "interrupted", List.of(), 0);
        } finally {
            deleteTree(run);
        }
    }

    static void check(Challenge challenge, Map<String, String> files) {
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

    static GradeResult verdict(Sandbox.Run run, String nonce) {
        if (run.outputExceeded()) {
            return new GradeResult(
                    Verdict.OUTPUT_LIMIT, "the program wrote more than 1 MB of output", List.of(), run.wallMillis());
        }
        if (run.timedOut()) {
            return new GradeResult(
                    Verdict.TIME_LIMIT, "the run took longer than its wall-clock limit", List.of(), run.wallMillis());
        }
        JsonNode result = parse(run.result());
        if (result == null || !nonce.equals(result.path("nonce").asString(""))) {
            int code = run.exitCode();
            if (code == SIGNAL_EXIT + SIGXCPU || code == SIGNAL_EXIT + SIGKILL) {
                return new GradeResult(
                        Verdict.TIME_LIMIT, "the program used more CPU time than allowed", List.of(), run.wallMillis());
            }
            if (run.stderr().contains("MemoryError")) {
                return new GradeResult(
                        Verdict.MEMORY_LIMIT, "the program used more memory than allowed", List.of(), run.wallMillis());
            }
            if (code > SIGNAL_EXIT) {
                return new GradeResult(
                        Verdict.ERROR,
                        "the program crashed (signal " + (code - SIGNAL_EXIT) + ")",
                        List.of(),
                        run.wallMillis());
            }
            return new GradeResult(
                    Verdict.SANDBOX_ERROR,
                    "the harness produced no result (exit " + code + "): " + tail(run.stderr()),
                    List.of(),
                    run.wallMillis());
        }
        List<TestOutcome> tests = new ArrayList<>();
        for (JsonNode test : result.path("tests")) {
            tests.add(new TestOutcome(
                    test.path("name").asString(""),
                    test.path("status").asString(""),
                    test.path("message").asString(""),
                    test.path("output").asString(""),
                    test.path("duration_ms").asDouble()));
        }
        String message = result.path("message").asString("");
        if ("memory".equals(result.path("limit").asString(""))) {
            return new GradeResult(
                    Verdict.MEMORY_LIMIT,
                    message.isEmpty() ? "the program used more memory than allowed" : message,
                    tests,
                    run.wallMillis());
        }
        Verdict verdict =
                switch (result.path("status").asString("")) {
                    case "pass" -> Verdict.PASSED;
                    case "fail" -> Verdict.FAILED;
                    default -> Verdict.ERROR;
                };
        return new GradeResult(verdict, message, tests, run.wallMillis());
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String tail(String text) {
        String stripped = text.strip();
        return stripped.length() <= 400 ? stripped : "…" + stripped.substring(stripped.length() - 400);
    }

    private static Path writeAll(Path dir, Map<String, String> files) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = dir.resolve(file.getKey()).normalize();
            if (!target.startsWith(dir)) {
                throw new IOException("refusing to write outside the run directory: " + file.getKey());
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
        openUp(dir);
        return dir;
    }

    /** The sandboxed process runs as an unprivileged uid, so the run's files must be readable by everyone. */
    private static void openUp(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : all.toList()) {
                Files.setPosixFilePermissions(
                        path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        Files.setPosixFilePermissions(dir.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the run directory " + root, e);
        }
    }
}
