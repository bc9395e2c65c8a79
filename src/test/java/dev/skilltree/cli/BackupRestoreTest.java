package dev.skilltree.cli;

import static dev.skilltree.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.config.Database;
import dev.skilltree.support.Api;
import dev.skilltree.support.ServerProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code backup} and {@code restore} of the embedded database, as an operator runs them. */
class BackupRestoreTest {

    @TempDir
    Path dir;

    @Test
    void aBackupOfARunningServerRestoresIntoAFreshDirectoryWithItsData() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path backup = dir.resolve("skilltree-backup.zip");
        Path restored = dir.resolve("restored");
        ServerProcess server = ServerProcess.serve(data, dir.resolve("server.log"));
        CliTest.Run backedUp;
        try {
            Api api = server.api();
            String token = api.tokenFor("ada");
            assertThat(api.json("PUT", "/api/v1/me/progress/python-advanced/closures", token, Map.of("status", "done"))
                            .statusCode())
                    .isEqualTo(200);

            backedUp = run("backup", backup.toString(), "--data", data.toString());
        } finally {
            server.kill();
        }
        CliTest.Run restore = run("restore", backup.toString(), "--data", restored.toString());

        assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
        assertThat(backedUp.out()).startsWith("Backed up " + data + " to " + backup + " (");
        assertThat(restore.out()).isEqualTo("Restored " + restored + " from " + backup + ".\n");
        assertThat(progressOf("ada", restored)).isEqualTo("DONE");
    }

    @Test
    void restoreRefusesADirectoryWithADatabaseUnlessForced() throws IOException {
        Path original = dir.resolve("original");
        Path other = dir.resolve("other");
        Path backup = dir.resolve("b.zip");
        run(
                "admin",
                "create",
                "--user",
                "root-admin",
                "--password",
                "a long enough password",
                "--data",
                original.toString());
        run(
                "admin",
                "create",
                "--user",
                "other-admin",
                "--password",
                "a long enough password",
                "--data",
                other.toString());
        run("backup", backup.toString(), "--data", original.toString());

        CliTest.Run refused = run("restore", backup.toString(), "--data", other.toString());
        boolean keptOther = hasUser("other-admin", other);
        CliTest.Run forced = run("restore", backup.toString(), "--data", other.toString(), "--force");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err())
                .isEqualTo(other + " already has a database (skilltree.mv.db); nothing was restored. Pass --force to"
                        + " replace it with the backup.\n");
        assertThat(keptOther).isTrue();
        assertThat(forced.exitCode()).isZero();
        assertThat(hasUser("root-admin", other)).isTrue();
        assertThat(hasUser("other-admin", other)).isFalse();
    }

    @Test
    void refusesWhatIsNotABackupAndADirectoryWithNothingToBackUp() throws IOException {
        Path notABackup = Files.writeString(dir.resolve("notes.zip"), "just text");

        CliTest.Run restore =
                run("restore", notABackup.toString(), "--data", dir.resolve("d").toString());
        CliTest.Run backup = run(
                "backup",
                dir.resolve("x.zip").toString(),
                "--data",
                dir.resolve("empty").toString());

        assertThat(restore.exitCode()).isEqualTo(1);
        assertThat(restore.err()).startsWith(notABackup + " is not a skilltree backup");
        assertThat(backup.exitCode()).isEqualTo(1);
        assertThat(backup.err())
                .isEqualTo("there is no database in " + dir.resolve("empty")
                        + " (no skilltree.mv.db): nothing to back up\n");
        assertThat(dir.resolve("d/skilltree.mv.db")).doesNotExist();
    }

    private static String progressOf(String username, Path data) {
        var dataSource = Database.open(data);
        try {
            return JdbcClient.create(dataSource)
                    .sql("select p.status from progress p join app_user u on u.id = p.user_id"
                            + " where u.username = ? and p.node_id = 'closures'")
                    .param(username)
                    .query(String.class)
                    .single();
        } finally {
            dataSource.destroy();
        }
    }

    private static boolean hasUser(String username, Path data) {
        var dataSource = Database.open(data);
        try {
            return JdbcClient.create(dataSource)
                            .sql("select count(*) from app_user where username = ?")
                            .param(username)
                            .query(Long.class)
                            .single()
                    == 1;
        } finally {
            dataSource.destroy();
        }
    }
}
