package dev.skilltree.support;

import dev.skilltree.config.Database;
import java.nio.file.Path;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A migrated database of a test's own (an H2 file in its directory, or a fresh database on the shared PostgreSQL),
 * for repository tests without Spring, with the rows other modules own (users, challenges, submissions) that
 * foreign keys ask for.
 */
public final class TestDatabase implements AutoCloseable {

    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

    private final SingleConnectionDataSource dataSource;
    private final JdbcClient jdbc;

    private TestDatabase(SingleConnectionDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    public static TestDatabase open(Path dir) {
        return open(Engine.H2, dir);
    }

    public static TestDatabase open(Engine engine, Path dir) {
        return new TestDatabase(Database.open(engine.freshDatabase(dir)));
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    public SingleConnectionDataSource dataSource() {
        return dataSource;
    }

    /** A learner account; its id. */
    public long user(String name) {
        return user(jdbc, name);
    }

    /** A learner account in the database behind {@code jdbc}; its id. */
    public static long user(JdbcClient jdbc, String name) {
        jdbc.sql("insert into app_user (username, password_hash, role, created_at) values (?, 'h', 'LEARNER', ?)")
                .params(name, Database.utc(AT))
                .update();
        return jdbc.sql("select id from app_user where username = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    /** An imported challenge with no files. */
    public void challenge(String slug) {
        challenge(jdbc, slug);
    }

    /** An imported challenge with no files, in the database behind {@code jdbc}. */
    public static void challenge(JdbcClient jdbc, String slug) {
        jdbc.sql("insert into challenge (slug, files, content_hash, built_in, imported_at) values (?, '{}', 'x', false,"
                        + " ?)")
                .params(slug, Database.utc(AT))
                .update();
    }

    /** A finished submission; its id. */
    public long submission(long userId, String slug) {
        jdbc.sql("insert into submission (user_id, challenge_slug, files, status, queued_at) values (?, ?, '{}',"
                        + " 'FINISHED', ?)")
                .params(userId, slug, Database.utc(AT))
                .update();
        return jdbc.sql("select max(id) from submission").query(Long.class).single();
    }

    @Override
    public void close() {
        dataSource.destroy();
    }
}
