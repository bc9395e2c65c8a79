package dev.skilltree.grading.submission;

import dev.skilltree.config.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On a web node over PostgreSQL, wakes this node's streams of a submission when any node changes it: one connection
 * of its own (not the pool's) does {@code LISTEN skilltree_submission}, and a daemon thread waits for the
 * notifications {@link SubmissionChanges} sends. When the connection drops it connects again after a second; the
 * streams' periodic read covers what was sent in between. On H2, and on worker nodes, it does not run: there the
 * periodic read is the only way other nodes' changes are seen (H2 has one node).
 */
@Component
class SubmissionChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SubmissionChangeListener.class);
    private static final Duration RECONNECT = Duration.ofSeconds(1);

    private final DatabaseSettings database;
    private final SubmissionWatch watch;
    private final boolean listens;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    SubmissionChangeListener(
            DatabaseSettings database, SubmissionWatch watch, @Value("${skilltree.role:all}") String role) {
        this.database = database;
        this.watch = watch;
        this.listens = database.postgres() && !role.equals("worker");
    }

    @Override
    public synchronized void start() {
        if (!listens || running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("submission-listener").start(this::listen);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            close(connection);
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection listening = connect()) {
                connection = listening;
                try (var statement = listening.createStatement()) {
                    statement.execute("listen " + SubmissionChanges.CHANNEL);
                }
                log.info("Listening for submission changes on other nodes (PostgreSQL LISTEN)");
                PGConnection pg = listening.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(10_000);
                    for (PGNotification notification : notifications == null ? new PGNotification[0] : notifications) {
                        wake(notification.getParameter());
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                log.warn("Submission change listener lost its connection, reconnecting: {}", e.getMessage());
                try {
                    Thread.sleep(RECONNECT);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void wake(String id) {
        try {
            watch.changed(Long.parseLong(id));
        } catch (NumberFormatException e) {
            log.warn("Ignored a submission change notification that names no submission: {}", id);
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (database.user() != null) {
            properties.setProperty("user", database.user());
        }
        if (database.password() != null) {
            properties.setProperty("password", database.password());
        }
        return DriverManager.getConnection(database.url(), properties);
    }

    private static void close(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // The thread is stopping either way.
        }
    }
}
