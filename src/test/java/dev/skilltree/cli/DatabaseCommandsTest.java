package dev.skilltree.cli;

import static dev.skilltree.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.config.DatabaseSettings;
import dev.skilltree.support.Postgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Commands on a real PostgreSQL: the database chosen by flag or config file, {@code db check} and {@code db migrate}. */
class DatabaseCommandsTest {

    @TempDir
    Path dir;

    @Test
    void checkAndMigrateWorkOnPostgresqlWithThePasswordFromItsFile() {
        DatabaseSettings db = Postgres.emptyDatabase();
        Path data = dir.resolve("data");

        CliTest.Run before = run(postgres(db, "db", "check"));
        CliTest.Run migrate = run(postgres(db, "db", "migrate"));
        CliTest.Run after = run(postgres(db, "db", "check"));
        CliTest.Run roadmaps = run(postgres(db, "roadmaps", "--data", data.toString()));

        assertThat(before.exitCode()).isEqualTo(1);
        assertThat(before.out()).contains("V1 roadmaps");
        assertThat(migrate.out()).startsWith("Applied ");
        assertThat(after.exitCode()).isZero();
        assertThat(after.out()).isEqualTo("The schema is current.\n");
        assertThat(roadmaps.out()).contains("python-advanced");
        assertThat(Files.exists(data))
                .as("no embedded database beside PostgreSQL")
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"roadmaps", "serve"})
    void aWrongPasswordIsRefusedInOneSentenceThatDoesNotContainIt(String command) throws IOException {
        DatabaseSettings db = Postgres.freshDatabase();
        Path wrong = Files.writeString(dir.resolve("wrong.password"), "not-the-password-42\n");

        CliTest.Run run =
                run(command, "--db", db.url(), "--db-user", db.user(), "--db-password-file", wrong.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .startsWith("skilltree: cannot connect to the database " + db.url() + " as skilltree: ")
                .contains("password authentication failed")
                .doesNotContain("not-the-password-42")
                .hasLineCount(1);
    }

    @Test
    void aMissingPasswordFileIsNamed() {
        Path missing = dir.resolve("nowhere.password");

        CliTest.Run run =
                run("db", "check", "--db", "jdbc:postgresql://localhost/x", "--db-password-file", missing.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo(
                        "cannot read " + missing + ": the database password file does not exist or is not readable\n");
    }

    @Test
    void aUrlForAnotherDatabaseIsRefused() {
        CliTest.Run run = run("roadmaps", "--db", "postgres://localhost/skilltree", "--data", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("the database URL must start with jdbc:postgresql:// (or jdbc:h2: for the embedded"
                        + " database), got postgres://localhost/skilltree\n");
    }

    @Test
    void theConfigFileNamesTheDatabaseAndAFlagOverridesIt() throws IOException {
        DatabaseSettings db = Postgres.freshDatabase();
        DatabaseSettings other = Postgres.freshDatabase();
        Path config = Files.writeString(
                dir.resolve("skilltree.properties"),
                "db.url=" + db.url() + "\ndb.user=" + db.user() + "\ndb.password-file=" + Postgres.passwordFile()
                        + "\n");
        Path roadmap = Files.writeString(dir.resolve("mine.md"), "# Mine {#mine}\n\n## One {#one}\n");

        CliTest.Run imported = run("import", roadmap.toString(), "--config", config.toString());
        CliTest.Run listed = run("roadmaps", "--config", config.toString());
        CliTest.Run elsewhere = run("roadmaps", "--config", config.toString(), "--db", other.url());

        assertThat(imported.out()).startsWith("Imported roadmap 'mine'");
        assertThat(listed.out()).contains("mine", "python-advanced");
        assertThat(elsewhere.out()).contains("python-advanced").doesNotContain("mine");
    }

    private static String[] postgres(DatabaseSettings db, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(Postgres.options(db)));
        return args.toArray(String[]::new);
    }
}
