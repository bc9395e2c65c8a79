package dev.skilltree.cli;

import static dev.skilltree.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code skilltree doctor}: every check on one line, and for each failure the fix. */
class DoctorCommandTest {

    @TempDir
    Path dir;

    @Test
    void passesEveryCheckOnAMigratedEmbeddedDatabase() {
        String data = dir.resolve("data").toString();
        assertThat(run("db", "migrate", "--data", data).exitCode()).isZero();

        CliTest.Run doctor = run("doctor", "--data", data);

        assertThat(doctor.exitCode()).isZero();
        assertThat(doctor.out())
                .contains("OK    Java        Java " + Runtime.version().feature())
                .contains("OK    Python      Python 3.")
                .contains("OK    Isolation   bubblewrap")
                .contains("OK    Sandbox     a built-in challenge's reference passed in the sandbox (bubblewrap)")
                .contains("OK    Database    reached the embedded database in " + dir.resolve("data"))
                .containsPattern("OK    Migrations  the schema is current \\(version \\d+\\)")
                .endsWith("All 6 checks passed.\n")
                .doesNotContain("FAIL");
    }

    @Test
    void namesThePendingMigrationsAndTheCommandThatAppliesThem() {
        CliTest.Run doctor = run("doctor", "--data", dir.resolve("data").toString());

        assertThat(doctor.exitCode()).isEqualTo(1);
        assertThat(doctor.out())
                .contains("FAIL  Migrations  the schema is behind: ")
                .contains("V1 roadmaps, V2 accounts and progress")
                .contains("fix: run 'skilltree db migrate' with the same database options")
                .endsWith("1 of 6 checks failed; the fixes are above.\n");
    }

    @Test
    void saysWhatToCheckWhenTheDatabaseCannotBeReached() {
        String url = "jdbc:postgresql://127.0.0.1:1/skilltree";

        CliTest.Run doctor =
                run("doctor", "--db", url, "--data", dir.resolve("data").toString());

        assertThat(doctor.exitCode()).isEqualTo(1);
        assertThat(doctor.out())
                .contains("FAIL  Database    cannot connect to the database " + url)
                .contains("fix: check the host, port and database name in the URL")
                .doesNotContain("Migrations")
                .contains("OK    Python");
    }

    @Test
    void namesTheMissingPythonAndHowToGetOne() {
        String data = dir.resolve("data").toString();
        run("db", "migrate", "--data", data);

        CliTest.Run doctor = run("doctor", "--data", data, "--python", "/nowhere/python3");

        assertThat(doctor.exitCode()).isEqualTo(1);
        assertThat(doctor.out())
                .contains("FAIL  Python      no Python found as '/nowhere/python3'")
                .contains("fix: install Python 3.10 or newer (Debian: apt-get install python3)")
                .contains("OK    Isolation")
                .doesNotContain("Sandbox")
                .endsWith("1 of 5 checks failed; the fixes are above.\n");
    }
}
