package dev.skilltree.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skilltree.config.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Backing up and restoring the embedded database directly: what is refused and what a restore replaces. The
 * commands around it, and a backup taken while a server writes, are BackupRestoreTest's.
 */
class EmbeddedBackupTest {

    @TempDir
    Path dir;

    @Test
    void aBackupNeedsAFileNameNotADirectory() throws IOException {
        Path data = dir.resolve("data");
        Database.open(data).destroy();
        Path folder = Files.createDirectories(dir.resolve("backups"));

        assertThatThrownBy(() -> EmbeddedBackup.backup(data, folder))
                .isInstanceOf(UserError.class)
                .hasMessage("cannot write " + folder
                        + ": it is a directory; name the backup file, e.g. skilltree-backup.zip");
    }

    @Test
    void aBackupRestoresIntoAnEmptyDirectoryWithItsRows() throws IOException {
        Path data = dir.resolve("data");
        Path backup = dir.resolve("b.zip");
        withDatabase(data, jdbc -> jdbc.sql("insert into learner_group (name) values ('kept')")
                .update());

        long size = EmbeddedBackup.backup(data, backup);
        EmbeddedBackup.restore(backup, dir.resolve("restored"), false);

        assertThat(size).isEqualTo(Files.size(backup)).isPositive();
        java.util.List<String> groups =
                withDatabase(dir.resolve("restored"), jdbc -> jdbc.sql("select name from learner_group")
                        .query(String.class)
                        .list());
        assertThat(groups).containsExactly("kept");
    }

    @Test
    void refusesAMissingFileAndAZipWithoutTheDatabase() throws IOException {
        Path missing = dir.resolve("missing.zip");
        Path otherZip = dir.resolve("other.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(otherZip))) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path target = dir.resolve("data");

        assertThatThrownBy(() -> EmbeddedBackup.restore(missing, target, false))
                .isInstanceOf(UserError.class)
                .hasMessage("cannot read " + missing + ": no such file");
        assertThatThrownBy(() -> EmbeddedBackup.restore(otherZip, target, false))
                .isInstanceOf(UserError.class)
                .hasMessage(otherZip + " is not a skilltree backup: it has no skilltree.mv.db");
        assertThat(target).doesNotExist();
    }

    @Test
    void aForcedRestoreReplacesADamagedDatabase() throws IOException {
        Path data = dir.resolve("data");
        Path backup = dir.resolve("b.zip");
        withDatabase(data, jdbc -> jdbc.sql("insert into learner_group (name) values ('kept')")
                .update());
        EmbeddedBackup.backup(data, backup);
        Path damaged = Files.createDirectories(dir.resolve("damaged"));
        Files.writeString(damaged.resolve("skilltree.mv.db"), "not an H2 file");

        EmbeddedBackup.restore(backup, damaged, true);

        long groups = withDatabase(damaged, jdbc -> jdbc.sql("select count(*) from learner_group")
                .query(Long.class)
                .single());
        assertThat(groups).isEqualTo(1L);
    }

    private static <T> T withDatabase(Path data, java.util.function.Function<JdbcClient, T> work) {
        var dataSource = Database.open(data);
        try {
            return work.apply(JdbcClient.create(dataSource));
        } finally {
            dataSource.destroy();
        }
    }
}
