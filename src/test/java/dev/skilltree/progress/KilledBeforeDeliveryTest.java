package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skilltree.config.DatabaseSettings;
import dev.skilltree.grading.BuiltInChallenges;
import dev.skilltree.support.Api;
import dev.skilltree.support.Engine;
import dev.skilltree.support.Postgres;
import dev.skilltree.support.RequiresSystemPackage;
import dev.skilltree.support.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An event committed with its transaction is delivered even when the node dies before its listener ran: grading
 * commits a pass and its ChallengePassed event, the listener that would write the evidence is held up, the server
 * is killed with SIGKILL, and after a restart the evidence is there. On H2 and on PostgreSQL (the server started
 * with {@code serve --db … --db-user … --db-password-file …}).
 */
@RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
@ParameterizedClass
@EnumSource(Engine.class)
@ExtendWith(ServerProcess.KilledAfterEach.class)
class KilledBeforeDeliveryTest {

    @Parameter
    Engine engine;

    private DatabaseSettings database;

    /** The reference, two seconds slow: time to hold the evidence row before the pass is committed. */
    private static final String SLOW = "import time\n\ntime.sleep(2)\n\n"
            + BuiltInChallenges.get("closure-counter").reference().get("solution.py");

    @TempDir
    Path dir;

    private ServerProcess server;

    @Test
    void deliversACommittedEventAfterTheNodeDiedBeforeItsListenerRan() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        database = engine == Engine.H2 ? DatabaseSettings.embedded(data) : Postgres.freshDatabase();
        server = serve(data);
        Api api = server.api();
        api.tokenFor("admin");
        String token = api.tokenFor("learner");
        String location = Api.location(api.submit(token, "closure-counter", Map.of("solution.py", SLOW)));
        long submission = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        // Another session holds the learner's evidence row, uncommitted: the listener's insert waits on its lock.
        try (Connection holder = connect();
                Connection observer = connect()) {
            long learner = learnerId(observer);
            holder.setAutoCommit(false);
            try (var insert = holder.prepareStatement(
                    "insert into evidence (user_id, node_id, challenge_slug, submission_id, passed_at)"
                            + " values (?, 'closures', 'closure-counter', ?, ?)")) {
                insert.setLong(1, learner);
                insert.setLong(2, submission);
                insert.setTimestamp(3, Timestamp.from(Instant.EPOCH));
                insert.executeUpdate();
            }
            await().atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(20))
                    .until(
                            () -> Api.read(api.get(location, token))
                                    .get("status")
                                    .asString(),
                            "finished"::equals);

            assertThat(count(observer, "select count(*) from event_publication where completion_date is null"))
                    .as("the committed, undelivered event")
                    .isEqualTo(1);
            assertThat(count(observer, "select count(*) from evidence"))
                    .as("evidence before the kill")
                    .isZero();
            server.kill();
        } catch (SQLException connectionLostWithTheServer) {
            // On H2, closing the sessions fails once the server that hosted them is gone; their work is rolled back.
            // On PostgreSQL they outlive the node, and closing them rolls the held row back.
            assertThat(server.process().isAlive()).isFalse();
        }

        server = serve(data);
        try (Connection observer = connect()) {
            long id = learnerId(observer);
            await().atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> count(
                                    observer,
                                    "select count(*) from evidence where user_id = " + id
                                            + " and node_id = 'closures' and challenge_slug = 'closure-counter'"
                                            + " and submission_id = " + submission)
                            == 1);
            assertThat(count(observer, "select count(*) from event_publication"))
                    .as("publications left after delivery")
                    .isZero();
        }
    }

    private ServerProcess serve(Path data) throws java.io.IOException {
        if (engine == Engine.H2) {
            return ServerProcess.serve(data, dir.resolve("server.log"));
        }
        return ServerProcess.serve(data, dir.resolve("server.log"), Postgres.options(database));
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    private static long learnerId(Connection connection) throws SQLException {
        return count(connection, "select id from app_user where username = 'learner'");
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
