package dev.skilltree.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real skilltree process: a server that can be stopped or killed, or a CLI command; started from the test's
 * classpath, or from the built jar as an operator runs it ({@link #serveJar}). A test class with
 * {@code @ExtendWith(ServerProcess.KilledAfterEach.class)} leaves no server behind, whatever its assertions said.
 */
public final class ServerProcess {

    /** The servers started, until {@link KilledAfterEach} kills them. */
    private static final Set<Process> STARTED = ConcurrentHashMap.newKeySet();

    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        STARTED.add(process);
    }

    /** Kills, after each test, every server it started (and any one another test left), passed or failed. */
    public static final class KilledAfterEach implements AfterEachCallback {

        @Override
        public void afterEach(ExtensionContext context) throws InterruptedException {
            for (Process process : List.copyOf(STARTED)) {
                process.destroyForcibly().waitFor();
                STARTED.remove(process);
            }
        }
    }

    /**
     * Starts {@code skilltree serve} on a free port over {@code data} (and further {@code options}, such as {@code
     * --db}), logging to {@code log}, and waits until healthy.
     */
    public static ServerProcess serve(Path data, Path log, String... options) throws IOException {
        return serve(Map.of(), data, log, options);
    }

    /**
     * As {@link #serve(Path, Path, String...)}, with Spring settings in the process's environment, as an operator
     * would set them: {@code SKILLTREE_GRADING_WORKERS=2}.
     */
    public static ServerProcess serve(Map<String, String> environment, Path data, Path log, String... options)
            throws IOException {
        ServerProcess server = start(environment, data, log, options);
        server.awaitHealthy();
        return server;
    }

    /** Starts {@code skilltree serve} as {@link #serve} does, without waiting: several at once, then {@link #awaitHealthy}. */
    public static ServerProcess start(Path data, Path log, String... options) throws IOException {
        return start(Map.of(), data, log, options);
    }

    private static ServerProcess start(Map<String, String> environment, Path data, Path log, String... options)
            throws IOException {
        int port = freePort();
        List<String> args =
                new ArrayList<>(List.of("serve", "--port", Integer.toString(port), "--data", data.toString()));
        args.addAll(List.of(options));
        return new ServerProcess(command(environment, log, args.toArray(String[]::new)), port, log);
    }

    /**
     * Starts {@code java [jvmOptions] -jar JAR serve --port P [options]} (a role, {@code --db …}), logging to {@code
     * log}, and waits until healthy. System properties in {@code jvmOptions} ({@code -Dskilltree.…}) reach Spring.
     */
    public static ServerProcess serveJar(Path jar, Path log, List<String> jvmOptions, String... options)
            throws IOException {
        List<String> launcher = new ArrayList<>(List.of(java()));
        launcher.addAll(jvmOptions);
        launcher.addAll(List.of("-jar", jar.toString()));
        ServerProcess server = launch(launcher, log, options);
        server.awaitHealthy();
        return server;
    }

    /**
     * Starts {@code ./skilltree serve --port P [options]} from the project's directory, the launcher a person runs
     * (full JIT, the extracted jar), without waiting: several at once, then {@link #awaitHealthy}.
     */
    public static ServerProcess startScript(Path log, String... options) throws IOException {
        return launch(List.of("./skilltree"), log, options);
    }

    /** Starts {@code LAUNCHER serve --port P [options]} on a free port, appending its output to {@code log}. */
    private static ServerProcess launch(List<String> launcher, Path log, String... options) throws IOException {
        int port = freePort();
        List<String> line = new ArrayList<>(launcher);
        line.addAll(List.of("serve", "--port", Integer.toString(port)));
        line.addAll(List.of(options));
        Process process = new ProcessBuilder(line)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new ServerProcess(process, port, log);
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** Starts a skilltree command ({@code import …}, {@code export …}) without waiting for it. */
    public static Process command(Path log, String... args) throws IOException {
        return command(Map.of(), log, args);
    }

    private static Process command(Map<String, String> environment, Path log, String... args) throws IOException {
        List<String> line = new ArrayList<>(List.of(
                java(),
                // C1 only: a test's processes live for seconds, and start faster without the optimising compiler.
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.skilltree.cli.Main"));
        line.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(line);
        builder.environment().putAll(environment);
        return builder.redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    public Api api() {
        return new Api(port);
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    /** The server's process id; its task scheduler is named {@code HOST-PID}. */
    public long pid() {
        return process.pid();
    }

    /** SIGTERM, as an orchestrator stopping a pod would; waits up to {@code atMost} and says whether it exited. */
    public boolean terminate(Duration atMost) throws InterruptedException {
        process.destroy();
        return process.waitFor(atMost.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** SIGKILL, as an OOM killer or {@code kill -9} would: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    private String logTail() {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public void awaitHealthy() {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .build();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .ignoreExceptions()
                .failFast("the server process exited", () -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the end of its log:\n" + logTail());
                    }
                })
                .until(() -> http.send(health, HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200);
    }
}
