package dev.skilltree.grading;

import dev.skilltree.config.DatabaseSettings;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the other nodes that a submission changed, so their streams of it wake. On PostgreSQL: {@code NOTIFY
 * skilltree_submission, '<id>'} in the caller's transaction (PostgreSQL delivers it when that commits; without one,
 * after the change, which has committed already), to every web node's {@link SubmissionChangeListener}. On H2
 * (one node): nothing; a stream's periodic read is the fallback.
 */
@Component
class SubmissionChanges {

    static final String CHANNEL = "skilltree_submission";

    private final JdbcClient jdbc;
    private final boolean postgres;

    SubmissionChanges(JdbcClient jdbc, DatabaseSettings database) {
        this.jdbc = jdbc;
        this.postgres = database.postgres();
    }

    void announce(long id) {
        if (postgres) {
            jdbc.sql("select pg_notify('" + CHANNEL + "', ?)")
                    .param(Long.toString(id))
                    .query((RowCallbackHandler) row -> {});
        }
    }
}
