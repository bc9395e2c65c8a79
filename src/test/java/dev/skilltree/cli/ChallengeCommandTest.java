package dev.skilltree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.RequiresSystemPackage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
class ChallengeCommandTest {

    private static final Path SHIPPED = Path.of("src/main/resources/content/challenges");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aShippedChallengeProvesItselfAndShowsWhatTheReferenceObserved() throws IOException {
        Path folder = copy("closure-counter");

        int exit = run("challenge", "check", folder.toString());

        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString())
                .contains("closure-counter (unit, ")
                .contains("  make_counter(), called three times: [0, 1, 2]")
                .containsPattern("  make_counter\\(-?\\d+, \\d\\), called three times: \\[-?\\d+, -?\\d+, -?\\d+]")
                .contains("PASSED: 4 of 4 tests passed")
                .contains("FAILED: 0 of 4 tests passed")
                .containsPattern("The reference \\(graded in \\d+ ms\\):")
                .contains("Wrong solution adds-before-returning, expected FAILED showing "
                        + "'test_starts_at_zero_by_default' (graded in ")
                .doesNotContain("NOT AS EXPECTED")
                .endsWith("OK: the reference passes, the starter does not, and 3 of 3 wrong solutions fail as "
                        + "expected.\n");
    }

    @Test
    void aWrongSolutionThatPassesOrFailsForAnotherReasonIsNotOk() throws IOException {
        Path folder = copy("closure-counter");
        Path passing = Files.createDirectories(folder.resolve("wrong/actually-right"));
        Files.copy(folder.resolve("reference/solution.py"), passing.resolve("solution.py"));
        Files.writeString(passing.resolve("expect"), "FAILED\n");
        Files.writeString(folder.resolve("wrong/ignores-step/expect"), "FAILED: test_counters_are_independent\n");

        assertThat(run("challenge", "check", folder.toString())).isEqualTo(1);
        assertThat(out.toString())
                .contains("NOT AS EXPECTED: got PASSED, expected FAILED")
                .contains("NOT AS EXPECTED: got FAILED, expected FAILED with a failed check showing "
                        + "'test_counters_are_independent'")
                .contains("NOT OK: the reference passes, the starter does not pass, and 2 of 4 wrong solutions");
    }

    @Test
    void aWrongSolutionWithoutAVerdictOrWithAFileNoLearnerCouldSubmitIsRefused() throws IOException {
        Path folder = copy("closure-counter");
        Files.writeString(folder.resolve("wrong/ignores-step/expect"), "fails somehow\n");
        Files.writeString(folder.resolve("wrong/adds-before-returning/helper.py"), "x = 1\n");

        assertThat(run("challenge", "check", folder.toString())).isEqualTo(1);
        assertThat(err.toString())
                .contains("wrong/ignores-step/expect:1: must start with the verdict it gets")
                .contains("wrong/adds-before-returning/helper.py: not a starter file");
    }

    @Test
    void aStarterThatAlreadyPassesIsNotOk() throws IOException {
        Path folder = copy("closure-counter");
        Files.copy(
                folder.resolve("reference/solution.py"),
                folder.resolve("starter/solution.py"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(run("challenge", "check", folder.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("NOT OK");
    }

    @Test
    void anAssertionTheGraderCannotSplitIsNamedWithItsFileAndLine() throws IOException {
        Path folder = copy("closure-counter");
        Files.writeString(folder.resolve("tests/test_more.py"), """
                import unittest

                class MoreTest(unittest.TestCase):
                    def test_never(self):
                        self.fail('no')
                """);

        assertThat(run("challenge", "check", folder.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("tests/test_more.py:5: self.fail cannot be graded here");
    }

    private int run(String... args) {
        return Main.commandLine()
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args);
    }

    private Path copy(String slug) throws IOException {
        Path target = dir.resolve(slug);
        try (Stream<Path> files = Files.walk(SHIPPED.resolve(slug))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = target.resolve(SHIPPED.resolve(slug).relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        }
        return target;
    }
}
