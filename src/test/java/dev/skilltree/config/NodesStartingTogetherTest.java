package dev.skilltree.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.grading.BuiltInChallenges;
import dev.skilltree.roadmap.BuiltInRoadmaps;
import dev.skilltree.support.Postgres;
import dev.skilltree.support.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Two real server processes started at the same moment on one empty PostgreSQL: both install the built-in content
 * at start, one after the other (the install lock), so both become ready, neither logs a duplicate key, and the
 * database holds one copy of each. Each grading node's heartbeat is on the other's admin page.
 */
class NodesStartingTogetherTest {

    @TempDir
    Path dir;

    @Test
    void twoNodesStartingAtOnceBothBecomeReadyAndInstallTheBuiltInContentOnce() throws Exception {
        DatabaseSettings database = Postgres.freshDatabase();
        String[] options = Postgres.options(database);
        Path firstLog = dir.resolve("first.log");
        Path secondLog = dir.resolve("second.log");
        ServerProcess first = ServerProcess.start(dir.resolve("first"), firstLog, options);
        ServerProcess second = ServerProcess.start(dir.resolve("second"), secondLog, options);
        try {
            first.awaitHealthy();
            second.awaitHealthy();
            String adminPage = first.api()
                    .get("/admin/grading", first.api().tokenFor("admin"))
                    .body();

            SingleConnectionDataSource connection = Database.connect(database);
            try {
                JdbcClient jdbc = JdbcClient.create(connection);
                assertThat(count(jdbc, "select count(*) from roadmap where id = 'python-advanced'"))
                        .isEqualTo(1);
                assertThat(count(jdbc, "select count(*) from node where roadmap_id = 'python-advanced'"))
                        .isEqualTo(BuiltInRoadmaps.load(BuiltInRoadmaps.PYTHON_ADVANCED)
                                .nodes()
                                .size());
                assertThat(count(jdbc, "select count(*) from challenge where built_in"))
                        .isEqualTo(BuiltInChallenges.load().size());
                assertThat(count(jdbc, "select count(*) from review_deck_version where roadmap_id = 'python-advanced'"))
                        .isEqualTo(1);
                assertThat(count(jdbc, "select count(*) from grading_node")).isEqualTo(2);
            } finally {
                connection.destroy();
            }
            for (Path log : new Path[] {firstLog, secondLog}) {
                assertThat(Files.readString(log))
                        .doesNotContainIgnoringCase("duplicate key")
                        .doesNotContain(" ERROR ");
            }
            assertThat(adminPage)
                    .contains(
                            "-" + first.process().pid() + "\"",
                            "-" + second.process().pid() + "\"")
                    .doesNotContain("node-gone");
        } finally {
            first.kill();
            second.kill();
        }
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
