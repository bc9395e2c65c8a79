package dev.skilltree.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The embedded database under a data directory, for commands that run without the server. */
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

    /** One connection, kept open for the life of the command; close it with {@link SingleConnectionDataSource#destroy()}. */
    public static SingleConnectionDataSource open(Path dataDir) {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(h2Url(dataDir), "sa", "", true);
        migrate(dataSource);
        return dataSource;
    }

    /**
     * Brings the schema up to date. Commands start often and usually find nothing to do, so when every migration on
     * the classpath is already recorded as applied, Flyway (a third of a second to start) is not started at all.
     * The server always runs Flyway in full, which also validates checksums.
     */
    public static void migrate(DataSource dataSource) {
        if (!appliedMigrations(dataSource).containsAll(migrationScripts())) {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .load()
                    .migrate();
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
