package dev.skilltree.cli;

import dev.skilltree.config.Database;
import dev.skilltree.config.DatabaseSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Which database a command uses. Each setting comes from its flag, else its environment variable, else the config
 * file ({@code --config} or {@code $SKILLTREE_CONFIG_FILE}); with no URL anywhere, it is the embedded database
 * under {@code --data}. The password only ever comes from a file.
 */
record DatabaseChoice(Path dataDir, String url, String user, Path passwordFile) {

    static DatabaseChoice resolve(DataOption options, Map<String, String> env) {
        Path configFile = options.config != null ? options.config : path(env.get("SKILLTREE_CONFIG_FILE"));
        Properties config = configFile == null ? new Properties() : load(configFile);
        String url = first(options.url, env.get("SKILLTREE_DB_URL"), config.getProperty("db.url"));
        String user = first(options.user, env.get("SKILLTREE_DB_USER"), config.getProperty("db.user"));
        Path passwordFile = options.passwordFile != null
                ? options.passwordFile
                : path(first(null, env.get("SKILLTREE_DB_PASSWORD_FILE"), config.getProperty("db.password-file")));
        if (url == null && (user != null || passwordFile != null)) {
            throw UserError.of("a database user or password file was given without a database: add --db"
                    + " jdbc:postgresql://HOST/DB (or set SKILLTREE_DB_URL)");
        }
        return new DatabaseChoice(options.dir.toAbsolutePath().normalize(), url, user, passwordFile);
    }

    boolean embedded() {
        return url == null;
    }

    /** The embedded database's directory, for a command that covers only it; PostgreSQL is pointed to {@code tool}. */
    Path embeddedDir(String command, String tool) {
        if (!embedded()) {
            throw UserError.of(
                    command + " covers the embedded database; for PostgreSQL use " + tool + " (see docs/database.md)");
        }
        return dataDir;
    }

    /** The settings to connect with; the password file is read here, and a missing one is the user's to fix. */
    DatabaseSettings settings() {
        if (embedded()) {
            return DatabaseSettings.embedded(dataDir);
        }
        if (passwordFile != null && !Files.isReadable(passwordFile)) {
            throw UserError.cannotRead(passwordFile, "the database password file does not exist or is not readable");
        }
        try {
            return DatabaseSettings.postgres(url, user, passwordFile);
        } catch (IllegalArgumentException e) {
            throw UserError.of(e.getMessage());
        }
    }

    /** Runs {@code work} on one connection to this database, closed afterwards. */
    <T> T connected(Function<DataSource, T> work) {
        SingleConnectionDataSource dataSource = Database.connect(settings());
        try {
            return work.apply(dataSource);
        } finally {
            dataSource.destroy();
        }
    }

    /** The Spring properties that make {@code serve} use this database; the password stays in its file. */
    String[] serverArguments() {
        if (embedded()) {
            return new String[] {"--skilltree.data=" + dataDir};
        }
        settings();
        return new String[] {
            "--skilltree.data=" + dataDir,
            "--skilltree.db.url=" + url,
            "--skilltree.db.user=" + (user == null ? "" : user),
            "--skilltree.db.password-file=" + (passwordFile == null ? "" : passwordFile.toAbsolutePath())
        };
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw UserError.cannotRead(file, e.getMessage());
        }
        return properties;
    }

    private static String first(String flag, String env, String config) {
        for (String value : new String[] {flag, env, config}) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static Path path(String value) {
        return value == null || value.isBlank() ? null : Path.of(value);
    }
}
