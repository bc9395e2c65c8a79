package dev.skilltree.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skilltree.grading.BuiltInChallenges;
import dev.skilltree.support.Api;
import dev.skilltree.support.RequiresSystemPackage;
import dev.skilltree.support.ServerProcess;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server killed with SIGKILL in the middle of grading 20 submissions, while progress writes arrive, and
 * restarted on the same data: every submission reaches its verdict, every acknowledged write is there, and every
 * event committed before the kill is delivered after the restart.
 */
@RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
@ExtendWith(ServerProcess.KilledAfterEach.class)
class KilledWhileGradingTest {

    private static final int LEARNERS = 5;
    private static final int SUBMISSIONS_EACH = 4;
    /** Each learner sends all four at once, so the per-learner cap (3 by default) is raised, as an operator may. */
    private static final Map<String, String> BURST = Map.of("SKILLTREE_GRADING_MAXINFLIGHT", "10");

    private static final List<String> TOPICS = List.of("closures", "decorators", "generators", "iterators");

    @TempDir
    Path dir;

    private ServerProcess server;

    @Test
    void everySubmissionGetsItsVerdictAndEveryAcknowledgedWriteAndEventSurvivesAKillDuringGrading() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        server = ServerProcess.serve(BURST, data, log());
        Api api = server.api();
        api.tokenFor("admin");
        Map<String, String> tokens = new HashMap<>();
        List<Submitted> submitted = new ArrayList<>();
        for (int learner = 0; learner < LEARNERS; learner++) {
            tokens.put("learner" + learner, api.tokenFor("learner" + learner));
        }

        for (int round = 0; round < SUBMISSIONS_EACH; round++) {
            for (var learner : tokens.entrySet()) {
                HttpResponse<String> accepted =
                        api.submit(learner.getValue(), "closure-counter", Map.of("solution.py", reference()));
                assertThat(accepted.statusCode()).isEqualTo(202);
                submitted.add(new Submitted(learner.getValue(), Api.location(accepted)));
            }
            for (var learner : tokens.values()) {
                assertThat(api.json(
                                        "PUT",
                                        "/api/v1/me/progress/python-advanced/" + TOPICS.get(round),
                                        learner,
                                        Map.of("status", "learning"))
                                .statusCode())
                        .isEqualTo(200);
            }
        }
        long finishedBefore = submitted.stream()
                .filter(s -> status(api, s).equals("finished"))
                .count();
        server.kill();
        System.out.println("Submissions finished before the kill: " + finishedBefore + " of " + submitted.size());
        assertThat(finishedBefore).as("the kill came while grading").isLessThan(submitted.size());

        server = ServerProcess.serve(BURST, data, log());
        Api restarted = server.api();
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250))
                .until(() ->
                        submitted.stream().allMatch(s -> status(restarted, s).equals("finished")));

        for (Submitted s : submitted) {
            assertThat(Api.read(restarted.get(s.location(), s.token()))
                            .get("verdict")
                            .asString())
                    .as(s.location())
                    .isEqualTo("PASSED");
        }
        for (var learner : tokens.entrySet()) {
            var statuses = Api.read(restarted.get("/api/v1/me/progress/python-advanced", learner.getValue()))
                    .get("statuses");
            for (String topic : TOPICS) {
                assertThat(statuses.path(topic).asString())
                        .as(learner.getKey() + "'s status of " + topic)
                        .isEqualTo("learning");
            }
        }
        try (Connection observer = DriverManager.getConnection(Database.h2Url(data), "sa", "")) {
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> count(observer, "select count(*) from event_publication") == 0);
            assertThat(count(
                            observer,
                            "select count(distinct user_id) from evidence where challenge_slug = 'closure-counter'"))
                    .as("learners with the evidence of their pass")
                    .isEqualTo(LEARNERS);
        }
    }

    private static String status(Api api, Submitted submission) {
        return Api.read(api.get(submission.location(), submission.token()))
                .get("status")
                .asString();
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Path log() {
        return dir.resolve("server.log");
    }

    /** The reference, a second slow, so that 20 of them are still being graded when the kill comes. */
    private static String reference() {
        return "import time\n\ntime.sleep(1)\n\n"
                + BuiltInChallenges.get("closure-counter").reference().get("solution.py");
    }

    private record Submitted(String token, String location) {}
}
