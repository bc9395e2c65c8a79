package dev.skilltree.cli;

import dev.skilltree.config.DatabaseSettings;
import dev.skilltree.roadmap.RoadmapService;
import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The database options of every command that touches the database: the embedded database under {@code --data}, or
 * PostgreSQL named by {@code --db} (or the environment, or a config file; see {@link DatabaseChoice}).
 */
final class DataOption {

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "./data",
            description = "Data directory of the embedded database (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(
            names = "--db",
            paramLabel = "JDBC_URL",
            description = "Use PostgreSQL instead of the embedded database, e.g. jdbc:postgresql://HOST/DB"
                    + " (or $SKILLTREE_DB_URL, or db.url in the config file).")
    String url;

    @Option(
            names = "--db-user",
            paramLabel = "USER",
            description = "PostgreSQL user (or $SKILLTREE_DB_USER, or db.user in the config file).")
    String user;

    @Option(
            names = "--db-password-file",
            paramLabel = "FILE",
            description = "A file whose first line is the PostgreSQL password (or $SKILLTREE_DB_PASSWORD_FILE, or"
                    + " db.password-file in the config file).")
    Path passwordFile;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "A properties file with db.url, db.user and db.password-file (or $SKILLTREE_CONFIG_FILE).")
    Path config;

    /** The database these options, the environment and the config file name. */
    DatabaseChoice choice() {
        return DatabaseChoice.resolve(this, System.getenv());
    }

    /** Runs {@code work} against the roadmap service, installing the built-in roadmap first if it is missing. */
    <T> T withRoadmaps(Function<RoadmapService, T> work) {
        return withServices(services -> work.apply(services.roadmaps()));
    }

    /** Runs {@code work} against the services over the migrated database, then closes it. */
    <T> T withServices(Function<Assembly, T> work) {
        DatabaseSettings settings = choice().settings();
        try (Assembly services = new Assembly(settings)) {
            return work.apply(services);
        }
    }
}
