package dev.skilltree.grading.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skilltree.config.Database;
import dev.skilltree.config.DatabaseSettings;
import dev.skilltree.support.Engine;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A writer says a submission changed: this node's streams wake once the write commits, and on PostgreSQL every other
 * node hears the submission's id (a second connection LISTENing here), also only once it commits.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class SubmissionChangesTest {

    @Parameter
    Engine engine;

    @TempDir
    Path dir;

    private final SubmissionWatch watch = new SubmissionWatch();
    private final List<String> heard = new ArrayList<>();
    private SingleConnectionDataSource dataSource;
    private TransactionTemplate transactions;
    private SubmissionChanges changes;
    private Connection otherNode;

    @BeforeEach
    void openDatabase() throws SQLException {
        DatabaseSettings settings = engine.freshDatabase(dir);
        dataSource = Database.open(settings);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        changes = new SubmissionChanges(JdbcClient.create(dataSource), settings, watch);
        if (settings.postgres()) {
            otherNode = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
            try (var statement = otherNode.createStatement()) {
                statement.execute("listen skilltree_submission");
            }
        }
    }

    @AfterEach
    void close() throws SQLException {
        dataSource.destroy();
        if (otherNode != null) {
            otherNode.close();
        }
    }

    @Test
    void wakesThisNodesStreamsAtOnceWhenNoTransactionIsOpen() throws SQLException {
        long mark = watch.mark(42);

        changes.changed(42);

        assertThat(watch.mark(42)).isEqualTo(mark + 1);
        assertOtherNodesHear("42");
    }

    @Test
    void wakesThisNodesStreamsAndTellsTheOthersOnlyOnceTheWriteCommits() throws SQLException {
        long mark = watch.mark(42);

        transactions.executeWithoutResult(tx -> {
            changes.changed(42);
            assertThat(watch.mark(42)).as("before the commit").isEqualTo(mark);
            assertThat(otherNodeHeard()).as("before the commit").isEmpty();
        });

        assertThat(watch.mark(42)).isEqualTo(mark + 1);
        assertOtherNodesHear("42");
    }

    @Test
    void saysNothingWhenTheWriteIsRolledBack() throws SQLException {
        long mark = watch.mark(42);

        transactions.executeWithoutResult(tx -> {
            changes.changed(42);
            tx.setRollbackOnly();
        });

        assertThat(watch.mark(42)).isEqualTo(mark);
        assertThat(otherNodeHeard()).isEmpty();
    }

    @Test
    void wakesOnlyTheStreamsOfTheSubmissionThatChanged() {
        long mine = watch.mark(42);
        long other = watch.mark(43);

        changes.changed(42);

        assertThat(watch.mark(42)).isEqualTo(mine + 1);
        assertThat(watch.mark(43)).isEqualTo(other);
    }

    /** On PostgreSQL, another node's LISTEN connection receives these payloads, and no others; on H2 there is none. */
    private void assertOtherNodesHear(String... payloads) {
        if (otherNode == null) {
            return;
        }
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(otherNodeHeard()).containsExactly(payloads));
    }

    /** The payloads another node's LISTEN connection has received so far (none on H2: it has no other nodes). */
    private List<String> otherNodeHeard() {
        if (otherNode == null) {
            return heard;
        }
        try {
            // A round trip, so that notifications already sent have arrived.
            try (var statement = otherNode.createStatement()) {
                statement.execute("select 1");
            }
            PGNotification[] notifications =
                    otherNode.unwrap(PGConnection.class).getNotifications();
            if (notifications != null) {
                Arrays.stream(notifications).map(PGNotification::getParameter).forEach(heard::add);
            }
            return heard;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
