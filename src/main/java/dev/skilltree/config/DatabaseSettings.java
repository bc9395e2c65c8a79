package dev.skilltree.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the data lives: the embedded H2 file database under a data directory (the default), or a PostgreSQL server.
 * The password is kept only here, read from a file, and never printed: {@link #toString()} leaves it out.
 */
public record DatabaseSettings(String url, String user, String password) {

    public DatabaseSettings {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("a database URL is required");
        }
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(
                    "the database URL must start with jdbc:postgresql:// (or jdbc:h2: for the embedded database), got "
                            + url.replaceAll("password=[^&;]*", "password=…"));
        }
    }

    /** The H2 file database in {@code dataDir}. */
    public static DatabaseSettings embedded(Path dataDir) {
        return new DatabaseSettings(Database.h2Url(dataDir), "sa", "");
    }

    /** A PostgreSQL server, its password read from {@code passwordFile} when one is given. */
    public static DatabaseSettings postgres(String url, String user, Path passwordFile) {
        return new DatabaseSettings(url, user, passwordFile == null ? null : readPassword(passwordFile));
    }

    public boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The file's first line: the password, without the line end an editor or {@code echo} adds. */
    public static String readPassword(Path passwordFile) {
        try {
            String text = Files.readString(passwordFile, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the database password file " + passwordFile, e);
        }
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + "]";
    }
}
