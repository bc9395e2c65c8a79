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
class ChallengeCheckCommandTest {

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
                .endsWith("OK: the reference passes and the starter does not.\n");
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
        Path folder = copy("metaclass-registry");
        Path test = folder.resolve("tests/test_registry.py");
        Files.writeString(test, Files.readString(test) + "\n    def test_never(self):\n        self.fail('no')\n");

        assertThat(run("challenge", "check", folder.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("tests/test_registry.py:47: self.fail cannot be graded here");
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
