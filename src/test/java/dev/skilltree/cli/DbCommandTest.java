package dev.skilltree.cli;

import static dev.skilltree.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code skilltree db check} and {@code db migrate} on the embedded database; on PostgreSQL, DatabaseCommandsTest. */
class DbCommandTest {

    @TempDir
    Path dir;

    @Test
    void checkNamesThePendingMigrationsOnAFreshEmbeddedDatabaseUntilMigrateAppliesThem() {
        String data = dir.resolve("data").toString();

        CliTest.Run before = run("db", "check", "--data", data);
        CliTest.Run migrate = run("db", "migrate", "--data", data);
        CliTest.Run after = run("db", "check", "--data", data);
        CliTest.Run again = run("db", "migrate", "--data", data);

        assertThat(before.exitCode()).isEqualTo(1);
        assertThat(before.out()).startsWith("The schema is behind: ").contains("V1 roadmaps, V2 accounts and progress");
        assertThat(before.out()).endsWith(" Run 'skilltree db migrate'.\n");
        assertThat(migrate.exitCode()).isZero();
        assertThat(migrate.out()).startsWith("Applied ").contains("V1 roadmaps");
        assertThat(after.exitCode()).isZero();
        assertThat(after.out()).isEqualTo("The schema is current.\n");
        assertThat(again.out()).isEqualTo("The schema is current; nothing to apply.\n");
    }
}
