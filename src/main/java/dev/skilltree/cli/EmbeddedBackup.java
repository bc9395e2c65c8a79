package dev.skilltree.cli;

import dev.skilltree.config.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.zip.ZipFile;

/**
 * A backup of the embedded database is H2's {@code BACKUP TO}: a zip of the database file, consistent even while a
 * server writes (H2 copies it inside one transaction's view). Restoring extracts it into a data directory.
 */
final class EmbeddedBackup {

    /** The database file H2 keeps under a data directory, and the name of its entry in a backup. */
    static final String FILE = "skilltree.mv.db";

    /** H2's "database may be already in use" (another process has it open). */
    private static final int ALREADY_OPEN = 90020;

    private EmbeddedBackup() {}

    /** Writes a backup of the database in {@code dataDir} to {@code target}; works with a server running on it. */
    static long backup(Path dataDir, Path target) {
        if (!Files.isRegularFile(dataDir.resolve(FILE))) {
            throw UserError.of("there is no database in " + dataDir + " (no " + FILE + "): nothing to back up");
        }
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw UserError.cannotWrite(absolute, "it is a directory; name the backup file, e.g. skilltree-backup.zip");
        }
        // Over AUTO_SERVER the statement may run in the server's process: it gets an absolute path.
        try (Connection connection = DriverManager.getConnection(Database.h2Url(dataDir), "sa", "");
                var statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + absolute.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw UserError.cannotWrite(absolute, e.getMessage());
        }
        try {
            return Files.size(absolute);
        } catch (IOException e) {
            throw UserError.cannotWrite(absolute, e.getMessage());
        }
    }

    /** Extracts {@code backup} into {@code dataDir}, replacing a database there only when {@code force} is given. */
    static void restore(Path backup, Path dataDir, boolean force) {
        checkIsBackup(backup);
        Path existing = dataDir.resolve(FILE);
        if (Files.exists(existing)) {
            if (!force) {
                throw UserError.of(dataDir + " already has a database (" + FILE + "); nothing was restored."
                        + " Pass --force to replace it with the backup.");
            }
            refuseWhileOpen(dataDir);
        }
        try {
            Files.createDirectories(dataDir);
            Files.deleteIfExists(existing);
            Files.deleteIfExists(dataDir.resolve("skilltree.trace.db"));
            org.h2.tools.Restore.execute(backup.toString(), dataDir.toString(), "skilltree");
        } catch (IOException | RuntimeException e) {
            throw UserError.cannotWrite(dataDir, e.getMessage());
        }
    }

    private static void checkIsBackup(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw UserError.cannotRead(backup, "no such file");
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            if (zip.getEntry(FILE) == null) {
                throw UserError.of(backup + " is not a skilltree backup: it has no " + FILE);
            }
        } catch (IOException e) {
            throw UserError.of(backup + " is not a skilltree backup (not a zip file: " + e.getMessage() + ")");
        }
    }

    /** A server (or a command) with the database open would keep writing its own copy over the restored one. */
    private static void refuseWhileOpen(Path dataDir) {
        String alone = "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("skilltree") + ";IFEXISTS=TRUE";
        try (Connection ignored = DriverManager.getConnection(alone, "sa", "")) {
            // Opened and closed again: no other process has it.
        } catch (SQLException e) {
            if (e.getErrorCode() == ALREADY_OPEN) {
                throw UserError.of("a skilltree server is using " + dataDir + "; stop it before restoring");
            }
            // Any other failure (a damaged file) is what the restore replaces.
        }
    }
}
