package dev.skilltree.grading.submission;

import dev.skilltree.config.DatabaseSettings;
import dev.skilltree.config.Transactions;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every stream of a submission that it changed, on this node and on the others; the one way a writer says so.
 * This node's streams wake through {@link SubmissionWatch} once the caller's transaction commits (at once without
 * one). The other nodes learn it on PostgreSQL from {@code NOTIFY skilltree_submission, '<id>'} in the caller's
 * transaction (PostgreSQL delivers it when that commits), through their {@link SubmissionChangeListener}; on H2 (one
 * node) there are no others, and a stream's periodic read is the fallback.
 */
@Component
public class SubmissionChanges {

    static final String CHANNEL = "skilltree_submission";

    private final JdbcClient jdbc;
    private final boolean postgres;
    private final SubmissionWatch watch;

    SubmissionChanges(JdbcClient jdbc, DatabaseSettings database, SubmissionWatch watch) {
        this.jdbc = jdbc;
        this.postgres = database.postgres();
        this.watch = watch;
    }

    public void changed(long id) {
        Transactions.afterCommit(() -> watch.changed(id));
        if (postgres) {
            jdbc.sql("select pg_notify('" + CHANNEL + "', ?)")
                    .param(Long.toString(id))
                    .query((RowCallbackHandler) row -> {});
        }
    }
}
