package dev.skilltree.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The database behind the commands and the server: the embedded H2 file database, or PostgreSQL. */
public final class Database {

    private static final String MIGRATIONS = "classpath:db/migration";

    private Database() {}

    /**
     * The H2 file database in {@code dataDir}, for the server and the commands alike.
     *
     * <ul>
     *   <li>{@code WRITE_DELAY=0}: a commit is written to the file before it is acknowledged. H2's default (500 ms)
     *       keeps committed transactions in the process's memory for up to half a second, and {@code kill -9} lost
     *       them (KilledServerTest). The write goes to the operating system, not through fsync: see
     *       docs/durability.md for what that means on power loss.
     *   <li>{@code AUTO_SERVER}: a command can use the same files while {@code serve} has them open.
     *   <li>{@code QUERY_CACHE_SIZE=64}: H2 keeps 8 parsed statements per connection by default; the server's
     *       statements are more than that, and re-parsing them cost a visible share of the CPU per submission.
     * </ul>
     */
    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("skilltree")
                + ";WRITE_DELAY=0;AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=64";
    }

    /** The migrated H2 database in {@code dataDir}; see {@link #open(DatabaseSettings)}. */
    public static SingleConnectionDataSource open(Path dataDir) {
        return open(DatabaseSettings.embedded(dataDir));
    }

    /**
     * One connection, kept open for the life of the command, to a migrated database; close it with {@link
     * SingleConnectionDataSource#destroy()}.
     */
    public static SingleConnectionDataSource open(DatabaseSettings settings) {
        SingleConnectionDataSource dataSource = connect(settings);
        try {
            migrate(dataSource);
        } catch (RuntimeException e) {
            dataSource.destroy();
            throw e;
        }
        return dataSource;
    }

    /** One connection, as {@link #open(DatabaseSettings)}, but the schema is left as it is. */
    public static SingleConnectionDataSource connect(DatabaseSettings settings) {
        SingleConnectionDataSource dataSource =
                new SingleConnectionDataSource(settings.url(), settings.user(), settings.password(), true);
        try {
            dataSource.getConnection();
        } catch (SQLException e) {
            throw new DatabaseUnreachable(settings, e);
        }
        return dataSource;
    }

    /** The migrations on the classpath that the database has not applied yet, oldest first. */
    public static List<Migration> pending(DataSource dataSource) {
        return Arrays.stream(flyway(dataSource).info().pending())
                .map(m -> new Migration(m.getVersion().getVersion(), m.getDescription()))
                .toList();
    }

    /** The version of the newest migration the database has applied ({@code 6}), or empty before the first. */
    public static Optional<String> current(DataSource dataSource) {
        try {
            return JdbcClient.create(dataSource)
                    .sql("select \"version\" from \"flyway_schema_history\" where \"success\" = true"
                            + " and \"version\" is not null order by \"installed_rank\" desc fetch first 1 rows only")
                    .query(String.class)
                    .optional();
        } catch (DataAccessException noHistoryYet) {
            return Optional.empty();
        }
    }

    /** Applies every pending migration, validating the applied ones first; the migrations it applied. */
    public static List<Migration> migrateFully(DataSource dataSource) {
        List<Migration> pending = pending(dataSource);
        flyway(dataSource).migrate();
        return pending;
    }

    /** A migration script, as {@code db check} and {@code db migrate} name it: {@code V6 plans}. */
    public record Migration(String version, String description) {
        @Override
        public String toString() {
            return "V" + version + " " + description;
        }
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load();
    }

    /**
     * Brings the schema up to date. Commands start often and usually find nothing to do, so when every migration on
     * the classpath is already recorded as applied, Flyway (a third of a second to start) is not started at all.
     * The server always runs Flyway in full, which also validates checksums.
     */
    public static void migrate(DataSource dataSource) {
        if (!appliedMigrations(dataSource).containsAll(migrationScripts())) {
            flyway(dataSource).migrate();
        }
    }

    /** An instant as the {@code timestamp with time zone} value both H2 and PostgreSQL bind reliably. */
    public static java.time.OffsetDateTime utc(java.time.Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private static Set<String> migrationScripts() {
        try {
            Set<String> scripts = new HashSet<>();
            for (Resource script : new PathMatchingResourcePatternResolver(Database.class.getClassLoader())
                    .getResources(MIGRATIONS + "/*.sql")) {
                scripts.add(script.getFilename());
            }
            return scripts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the database migrations", e);
        }
    }

    private static Set<String> appliedMigrations(DataSource dataSource) {
        try {
            return new HashSet<>(JdbcClient.create(dataSource)
                    .sql("select \"script\" from \"flyway_schema_history\" where \"success\" = true")
                    .query(String.class)
                    .list());
        } catch (DataAccessException noHistoryYet) {
            return Set.of();
        }
    }
}
