package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skilltree.support.Api;
import dev.skilltree.support.RequiresSystemPackage;
import dev.skilltree.support.ServerProcess;
import java.io.IOException;
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

    private final List<ServerProcess> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() throws InterruptedException {
        for (ServerProcess node : nodes) {
            node.kill();
        }
    }

    @Test
    void anotherNodeGradesTheSubmissionOfANodeThatDied() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        ServerProcess survivor = start("survivor", data);
        ServerProcess doomed = start("doomed", data);
        Api doomedApi = doomed.api();
        Api survivorApi = survivor.api();
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
        boolean gradingOnDoomed = await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .until(
                        () -> doomed.process()
                                .descendants()
                                .anyMatch(p -> p.info().command().orElse("").endsWith("bwrap")),
                        running -> running);
        doomed.kill();

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
        assertThat(survivor.process().isAlive()).isTrue();
    }

    private ServerProcess start(String name, Path data) throws IOException {
        ServerProcess node = ServerProcess.serve(data, dir.resolve(name + ".log"));
        nodes.add(node);
        return node;
    }

    private static JsonNode status(Api api, String location, String token) {
        return Api.read(api.get(location, token));
    }
}
