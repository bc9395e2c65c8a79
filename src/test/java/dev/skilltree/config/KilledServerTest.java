package dev.skilltree.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skilltree.support.Api;
import dev.skilltree.support.RequiresSystemPackage;
import dev.skilltree.support.ServerProcess;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Every write the embedded server acknowledges survives {@code kill -9}: the server is killed right after its last
 * answer, restarted on the same data directory, and each acknowledged write is read back. Losses depend on timing,
 * so it is done several times.
 */
@RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
@ExtendWith(ServerProcess.KilledAfterEach.class)
class KilledServerTest {

    private static final List<String> TOPICS =
            List.of("closures", "decorators", "generators", "iterators", "descriptors", "metaclasses");
    private static final int ROUNDS = 2;

    @TempDir
    Path dir;

    private ServerProcess server;

    @Test
    void keepsEveryAcknowledgedWriteWhenKilledRightAfterIt() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        server = ServerProcess.serve(data, dir.resolve("server.log"));
        String admin = server.api().tokenFor("admin");
        List<Acknowledged> acknowledged = new ArrayList<>();

        for (int round = 0; round < ROUNDS; round++) {
            acknowledged.add(writeEverything(server.api(), admin, round));
            server.kill();
            server = ServerProcess.serve(data, dir.resolve("server.log"));
            for (Acknowledged written : acknowledged) {
                assertStillThere(server.api(), admin, written);
            }
        }
    }

    /** Writes one of each kind, the last a burst of progress changes, and returns what the server acknowledged. */
    private static Acknowledged writeEverything(Api api, String admin, int round) {
        String learner = "learner" + round;
        String token = api.tokenFor(learner);

        HttpResponse<String> submitted = api.submit(token, "closure-counter", Map.of("solution.py", reference()));
        assertThat(submitted.statusCode()).isEqualTo(202);
        String submission = Api.location(submitted);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> Api.read(api.get(submission, token)).get("status").asString(), "finished"::equals);

        String roadmap = "crash-" + round;
        assertThat(api.send("POST", "/api/v1/roadmaps", admin, smallRoadmap(roadmap), "text/markdown")
                        .statusCode())
                .isEqualTo(201);

        String note = "note written in round " + round;
        assertThat(api.json(
                                "POST",
                                "/api/v1/me/progress/import",
                                token,
                                Map.of(
                                        "format",
                                        "skilltree-progress/1",
                                        "roadmap",
                                        "python-advanced",
                                        "notes",
                                        List.of(Map.of("node", "closures", "body", note))))
                        .statusCode())
                .isEqualTo(200);

        for (String topic : TOPICS) {
            assertThat(api.json("PUT", "/api/v1/me/progress/python-advanced/" + topic, token, Map.of("status", "done"))
                            .statusCode())
                    .isEqualTo(200);
        }
        return new Acknowledged(learner, token, submission, roadmap, note);
    }

    private static void assertStillThere(Api api, String admin, Acknowledged written) {
        JsonNode progress = Api.read(api.get("/api/v1/me/progress/python-advanced", written.token()));
        assertThat(progress.get("username").asString())
                .as("the account and its token")
                .isEqualTo(written.learner());
        for (String topic : TOPICS) {
            assertThat(progress.get("statuses").path(topic).asString())
                    .as(written.learner() + "'s status of " + topic)
                    .isEqualTo("done");
        }
        String export = api.get("/api/v1/me/progress/python-advanced/export", written.token())
                .body();
        assertThat(export).as(written.learner() + "'s note").contains(written.note());
        JsonNode submission = Api.read(api.get(written.submission(), written.token()));
        assertThat(submission.get("status").asString()).isEqualTo("finished");
        assertThat(submission.get("verdict").asString()).isEqualTo("PASSED");
        assertThat(api.get("/api/v1/roadmaps/" + written.roadmap(), admin).statusCode())
                .as("imported roadmap " + written.roadmap())
                .isEqualTo(200);
    }

    private static String reference() {
        return dev.skilltree.grading.BuiltInChallenges.get("closure-counter")
                .reference()
                .get("solution.py");
    }

    private static String smallRoadmap(String id) {
        return "# Crash " + id + " {#" + id + " en=\"Crash\"}\n\n## Stage {#" + id + "-stage en=\"Stage\"}\n\n"
                + "### Topic {#" + id + "-topic en=\"Topic\" hours=1}\n\nText.\n\n> Text.\n";
    }

    private record Acknowledged(String learner, String token, String submission, String roadmap, String note) {}
}
