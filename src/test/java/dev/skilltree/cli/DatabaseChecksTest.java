package dev.skilltree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code doctor}'s database lines on their own: reached or not, schema current or behind, and the fix for each
 * failure. The whole report, with Java and grading, is DoctorCommandTest's.
 */
class DatabaseChecksTest {

    @TempDir
    Path dir;

    @Test
    void aFreshEmbeddedDatabaseIsReachedAndBehindUntilMigrated() {
        DataOption options = options(dir.resolve("data"));

        List<Finding> findings = DatabaseChecks.run(options);

        assertThat(findings).hasSize(2);
        assertThat(findings.get(0))
                .isEqualTo(Finding.ok("Database", "reached the embedded database in " + dir.resolve("data")));
        assertThat(findings.get(1).ok()).isFalse();
        assertThat(findings.get(1).found()).startsWith("the schema is behind: ").contains("V1 roadmaps");
        assertThat(findings.get(1).advice()).startsWith("run 'skilltree db migrate' with the same database options");
    }

    @Test
    void optionsThatDoNotNameADatabaseAreOneFailureWithTheFlagsToCorrect() {
        DataOption options = options(dir.resolve("data"));
        options.user = "alice";

        List<Finding> findings = DatabaseChecks.run(options);

        assertThat(findings)
                .containsExactly(Finding.fail(
                        "Database",
                        "a database user or password file was given without a database: add --db"
                                + " jdbc:postgresql://HOST/DB (or set SKILLTREE_DB_URL)",
                        "correct --db, --db-user, --db-password-file or the config file"));
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void anEmbeddedDatabaseThatCannotBeOpenedPointsAtItsDirectory() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("data"), "a file where the data directory should be");

        List<Finding> findings = DatabaseChecks.run(options(notADirectory));

        assertThat(findings).hasSize(1);
        assertThat(findings.getFirst().ok()).isFalse();
        assertThat(findings.getFirst().found()).startsWith("cannot connect to the database jdbc:h2:file:");
        assertThat(findings.getFirst().advice())
                .isEqualTo("check that " + notADirectory + " is readable and writable by this user");
    }

    private static DataOption options(Path data) {
        DataOption options = new DataOption();
        options.dir = data;
        return options;
    }
}
