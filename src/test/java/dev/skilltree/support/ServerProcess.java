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

/** A real skilltree process started from the test's classpath: a server that can be killed, or a CLI command. */
public final class ServerProcess {

    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
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
        int port = freePort();
        List<String> args =
                new ArrayList<>(List.of("serve", "--port", Integer.toString(port), "--data", data.toString()));
        args.addAll(List.of(options));
        ServerProcess server = new ServerProcess(command(environment, log, args.toArray(String[]::new)), port, log);
        server.awaitHealthy();
        return server;
    }

    /** Starts a skilltree command ({@code import …}, {@code export …}) without waiting for it. */
    public static Process command(Path log, String... args) throws IOException {
        return command(Map.of(), log, args);
    }

    private static Process command(Map<String, String> environment, Path log, String... args) throws IOException {
        List<String> line = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
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

    public Process process() {
        return process;
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

    private void awaitHealthy() {
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
