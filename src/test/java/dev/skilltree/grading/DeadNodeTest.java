package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skilltree.support.Api;
import dev.skilltree.support.RequiresSystemPackage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Two real server processes on one database: the node grading a submission is killed with SIGKILL, and the other
 * notices its missing heartbeats and grades the submission again, to one result.
 */
@RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
class DeadNodeTest {

    /** The reference solution, four seconds slow to import: time enough to kill the node grading it. */
    private static final String SLOW = "import time\n\ntime.sleep(4)\n\n"
            + BuiltInChallenges.get("closure-counter").reference().get("solution.py");

    @TempDir
    Path dir;

    private final List<Process> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(Process::destroyForcibly);
    }

    @Test
    void anotherNodeGradesTheSubmissionOfANodeThatDied() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        int survivorPort = freePort();
        int doomedPort = freePort();
        Process survivor = start("survivor", survivorPort, data);
        awaitHealthy(survivorPort);
        Process doomed = start("doomed", doomedPort, data);
        awaitHealthy(doomedPort);
        Api doomedApi = new Api(doomedPort);
        Api survivorApi = new Api(survivorPort);
        doomedApi.tokenFor("admin");
        String token = doomedApi.tokenFor("learner");

        HttpResponse<String> accepted = doomedApi.json(
                "POST",
                "/api/v1/challenges/closure-counter/submissions",
                token,
                Map.of("files", Map.of("solution.py", SLOW)));
        String location = accepted.headers().firstValue("Location").orElseThrow();
        await().atMost(Duration.ofSeconds(10)).until(() -> status(doomedApi, location, token)
                .get("status")
                .asString()
                .equals("started"));
        boolean gradingOnDoomed =
                doomed.descendants().anyMatch(p -> p.info().command().orElse("").endsWith("bwrap"));
        doomed.destroyForcibly().waitFor();

        JsonNode done = await().atMost(Duration.ofSeconds(45))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> status(survivorApi, location, token),
                        s -> s.get("status").asString().equals("finished"));

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(gradingOnDoomed)
                .as("the receiving node started grading at once")
                .isTrue();
        assertThat(done.get("verdict").asString()).isEqualTo("PASSED");
        assertThat(done.get("attempts").asInt()).isEqualTo(2);
        assertThat(survivor.isAlive()).isTrue();
    }

    private Process start(String name, int port, Path data) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process node = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dev.skilltree.cli.Main",
                        "serve",
                        "--port",
                        Integer.toString(port),
                        "--data",
                        data.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile())
                .start();
        nodes.add(node);
        return node;
    }

    private void awaitHealthy(int port) {
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(() -> http.send(
                                        HttpRequest.newBuilder(
                                                        URI.create("http://localhost:" + port + "/actuator/health"))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .statusCode()
                        == 200);
    }

    private static JsonNode status(Api api, String location, String token) {
        return Api.read(api.get(location, token));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
