package dev.skilltree.grading.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skilltree.config.Database;
import dev.skilltree.config.DatabaseSettings;
import dev.skilltree.support.Postgres;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A web node on a real PostgreSQL hears what other nodes say about submissions (their {@code NOTIFY}, sent here from
 * a connection of the test's own) and wakes its streams of that submission; it listens again after losing its
 * connection. On H2 and on worker nodes it does not listen at all.
 */
class SubmissionChangeListenerTest {

    private static final String LISTENING =
            "select count(*) from pg_stat_activity where query = 'listen skilltree_submission'";

    private final SubmissionWatch watch = new SubmissionWatch();
    private DatabaseSettings database;
    private SingleConnectionDataSource otherNode;
    private JdbcClient sql;
    private SubmissionChangeListener listener;

    @BeforeEach
    void openDatabase() {
        database = Postgres.freshDatabase();
        otherNode = Database.connect(database);
        sql = JdbcClient.create(otherNode);
    }

    @AfterEach
    void stop() {
        if (listener != null) {
            listener.stop();
        }
        otherNode.destroy();
    }

    @Test
    void wakesThisNodesStreamsOfASubmissionAnotherNodeChanged() {
        startListening("web");
        long mark = watch.mark(42);
        long other = watch.mark(43);

        notifyChanged("42");

        await().atMost(Duration.ofSeconds(10)).until(() -> watch.mark(42) > mark);
        assertThat(watch.mark(43)).isEqualTo(other);
    }

    @Test
    void ignoresANotificationThatNamesNoSubmissionAndKeepsListening() {
        startListening("all");
        long mark = watch.mark(42);

        notifyChanged("not-a-number");
        notifyChanged("42");

        await().atMost(Duration.ofSeconds(10)).until(() -> watch.mark(42) > mark);
        assertThat(listener.isRunning()).isTrue();
    }

    @Test
    void listensAgainAfterItsConnectionIsCut() {
        startListening("web");
        long mark = watch.mark(42);

        assertThat(sql.sql("select pg_terminate_backend(pid) from pg_stat_activity"
                                + " where query = 'listen skilltree_submission'")
                        .query(Boolean.class)
                        .list())
                .containsExactly(true);
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> listeners() == 1);
        notifyChanged("42");

        await().atMost(Duration.ofSeconds(10)).until(() -> watch.mark(42) > mark);
    }

    @Test
    void closesItsConnectionWhenTheNodeStops() {
        startListening("web");

        listener.stop();

        assertThat(listener.isRunning()).isFalse();
        await().atMost(Duration.ofSeconds(10)).until(() -> listeners() == 0);
    }

    @Test
    void aWorkerNodeDoesNotListenItHasNoStreams() {
        listener = new SubmissionChangeListener(database, watch, "worker");

        listener.start();

        assertThat(listener.isRunning()).isFalse();
        assertThat(listeners()).isZero();
    }

    @Test
    void doesNotListenOnH2WhichHasNoOtherNodes(@TempDir Path data) {
        listener = new SubmissionChangeListener(DatabaseSettings.embedded(data), watch, "all");

        listener.start();

        assertThat(listener.isRunning()).isFalse();
    }

    /** Starts a listener and waits until its connection has said LISTEN. */
    private void startListening(String role) {
        listener = new SubmissionChangeListener(database, watch, role);
        listener.start();
        assertThat(listener.isRunning()).isTrue();
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> listeners() == 1);
    }

    private long listeners() {
        return sql.sql(LISTENING).query(Long.class).single();
    }

    /** What another node's {@link SubmissionChanges} sends. */
    private void notifyChanged(String payload) {
        sql.sql("select pg_notify('skilltree_submission', ?)")
                .param(payload)
                .query((org.springframework.jdbc.core.RowCallbackHandler) row -> {});
    }
}
