package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skilltree.config.DatabaseSettings;
import dev.skilltree.support.Api;
import dev.skilltree.support.Postgres;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * On PostgreSQL (the shape whose nodes are stopped and replaced while others run), a node stopped with SIGTERM (as an orchestrator stops a pod) while it grades runs longer than its scheduler's
 * shutdown wait: it exits within that wait, takes its sandboxes with it, writes no verdict from a half-run, and
 * hands the runs back to the queue; after a restart every submission has exactly one verdict.
 */
@RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
@ExtendWith(ServerProcess.KilledAfterEach.class)
class GracefulShutdownIT {

    private static final int SUBMISSIONS = 4;
    /** The reference, three seconds slow: longer than the shutdown wait below. */
    private static final String SLOW = "import time\n\ntime.sleep(3)\n\n"
            + BuiltInChallenges.get("closure-counter").reference().get("solution.py");

    private static final List<String> SHORT_WAIT = List.of(
            "-Dskilltree.scheduler.shutdown-wait=1s",
            "-Dskilltree.scheduler.heartbeat-interval=500ms",
            "-Dskilltree.scheduler.missed-heartbeats=4",
            // One learner sends all four at once; the per-learner cap is FairUnderLoadTest's.
            "-Dskilltree.grading.max-in-flight=10");
    private static final Pattern GRADED = Pattern.compile("submission=(\\d+) .*Graded closure-counter: ");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dir;

    private ServerProcess server;

    @Test
    void sigtermDuringGradingHandsTheRunsBackAndARestartGradesEachOnce() throws Exception {
        DatabaseSettings db = Postgres.freshDatabase();
        String[] options = Postgres.options(db, "--data", dir.resolve("data").toString());
        server = ServerProcess.serveJar(MultiNodeFaultIT.JAR, dir.resolve("first.log"), SHORT_WAIT, options);
        Api api = server.api();
        api.tokenFor("admin");
        String token = api.tokenFor("learner");
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            HttpResponse<String> accepted = api.submit(token, "closure-counter", Map.of("solution.py", SLOW));
            assertThat(accepted.statusCode()).isEqualTo(202);
            locations.add(Api.location(accepted));
        }
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> sandboxes(server).size() >= 2);
        List<ProcessHandle> running = sandboxes(server);

        boolean exited = server.terminate(Duration.ofSeconds(30));

        assertThat(exited).as("the node exits on SIGTERM").isTrue();
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() ->
                        assertThat(running).as("its sandboxes went with it").noneMatch(ProcessHandle::isAlive));
        try (Connection stopped = DriverManager.getConnection(
                db.url(), db.user(), Files.readString(Postgres.passwordFile()).strip())) {
            assertThat(count(stopped, "select count(*) from scheduled_tasks where picked"))
                    .as("tasks left running by the stopped node")
                    .isZero();
            assertThat(count(stopped, "select count(*) from scheduled_tasks")
                            + count(stopped, "select count(*) from submission where status = 'FINISHED'"))
                    .as("each submission is either graded or back in the queue")
                    .isEqualTo(SUBMISSIONS);
        }
        assertThat(Files.readString(dir.resolve("first.log")))
                .as("no half-run decided anything")
                .doesNotContain("Graded closure-counter: sandbox_error");

        server = ServerProcess.serveJar(MultiNodeFaultIT.JAR, dir.resolve("second.log"), SHORT_WAIT, options);
        Api restarted = server.api();
        for (String location : locations) {
            JsonNode done = await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250))
                    .until(
                            () -> Api.read(restarted.get(location, token)),
                            s -> s.get("status").asString().equals("finished"));
            assertThat(done.get("verdict").asString()).as(location).isEqualTo("PASSED");
        }
        Map<String, Integer> graded = new HashMap<>();
        for (String log : List.of("first.log", "second.log")) {
            for (String line : Files.readAllLines(dir.resolve(log))) {
                Matcher m = GRADED.matcher(line);
                if (m.find()) {
                    graded.merge("/api/v1/submissions/" + m.group(1), 1, Integer::sum);
                }
            }
        }
        assertThat(graded)
                .as("one result for each submission, over both runs of the node")
                .containsOnlyKeys(locations)
                .allSatisfy((location, times) -> assertThat(times).isEqualTo(1));
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<ProcessHandle> sandboxes(ServerProcess node) {
        return node.process()
                .descendants()
                .filter(p -> p.info().command().orElse("").endsWith("bwrap"))
                .toList();
    }
}
