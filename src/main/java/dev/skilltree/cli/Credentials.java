package dev.skilltree.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * The server and personal token that {@code login} stores for {@code submit}: in {@code $SKILLTREE_CONFIG}, else
 * {@code $XDG_CONFIG_HOME/skilltree}, else {@code ~/.config/skilltree}; readable by the user alone.
 */
record Credentials(String server, String token) {

    static Path file() {
        String explicit = System.getProperty("skilltree.config", System.getenv("SKILLTREE_CONFIG"));
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).resolve("credentials.properties");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config =
                xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return config.resolve("skilltree").resolve("credentials.properties");
    }

    static Credentials load() {
        Path file = file();
        if (!Files.isRegularFile(file)) {
            throw UserError.of("Not signed in: run 'skilltree login --server URL' first.");
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw UserError.of("Cannot read " + file + ": " + e.getMessage());
        }
        String server = properties.getProperty("server");
        String token = properties.getProperty("token");
        if (server == null || token == null) {
            throw UserError.of(file + " lacks server or token: run 'skilltree login --server URL' again.");
        }
        return new Credentials(server, token);
    }

    /** Written to a new file created with mode 0600, then moved over the old one. */
    void save() throws IOException {
        Path file = file();
        Files.createDirectories(file.getParent());
        Path fresh = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(fresh);
        Files.createFile(fresh, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Properties properties = new Properties();
        properties.setProperty("server", server);
        properties.setProperty("token", token);
        try (Writer out = Files.newBufferedWriter(fresh, StandardCharsets.UTF_8, StandardOpenOption.WRITE)) {
            properties.store(out, "skilltree login: keep this file private");
        }
        Files.move(fresh, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
