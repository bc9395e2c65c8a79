package dev.skilltree.grading.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A grading run's files on the host: where they may go, who may read them, and how they go away. */
class RunFilesTest {

    @TempDir
    Path tmp;

    @Test
    void writesEachFileUnderTheRunDirectoryInUtf8() throws IOException {
        Path dir = RunFiles.writeAll(
                tmp.resolve("run/submission"), Map.of("solution.py", "π = 3\n", "pkg/util.py", "X = 1\n"));

        assertThat(dir).isEqualTo(tmp.resolve("run/submission"));
        assertThat(Files.readString(dir.resolve("solution.py"))).isEqualTo("π = 3\n");
        assertThat(Files.readString(dir.resolve("pkg/util.py"))).isEqualTo("X = 1\n");
    }

    @Test
    void refusesToWriteOutsideTheRunDirectory() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("run/submission"));

        for (String escaping : new String[] {"../solution.py", "pkg/../../solution.py", "/tmp/solution.py"}) {
            assertThatThrownBy(() -> RunFiles.writeAll(dir, Map.of(escaping, "x")))
                    .isInstanceOf(IOException.class)
                    .hasMessage("refusing to write outside the run directory: " + escaping);
        }
        assertThat(tmp.resolve("run/solution.py")).doesNotExist();
    }

    @Test
    void theRunsFilesFoldersAndItsParentAreReadableByEveryoneAndWritableByNoOneElse() throws IOException {
        Path run = Files.createDirectories(tmp.resolve("run"));
        Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwx------"));

        Path dir = RunFiles.writeAll(run.resolve("submission"), Map.of("pkg/util.py", "X = 1\n"));

        assertThat(permissions(run)).isEqualTo("rwxr-xr-x");
        assertThat(permissions(dir)).isEqualTo("rwxr-xr-x");
        assertThat(permissions(dir.resolve("pkg"))).isEqualTo("rwxr-xr-x");
        assertThat(permissions(dir.resolve("pkg/util.py"))).isEqualTo("rw-r--r--");
    }

    @Test
    void deletingTheRunRemovesEverythingInIt() throws IOException {
        Path run = tmp.resolve("run");
        RunFiles.writeAll(run.resolve("submission"), Map.of("a/b/c.py", "", "d.py", ""));

        RunFiles.deleteTree(run);

        assertThat(run).doesNotExist();
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void deletingTheRunRemovesALinkInItButNotWhatItPointsTo() throws IOException {
        Path elsewhere = Files.writeString(
                Files.createDirectories(tmp.resolve("elsewhere")).resolve("keep"), "kept");
        Path run = RunFiles.writeAll(tmp.resolve("run/submission"), Map.of("solution.py", ""));
        Files.createSymbolicLink(run.resolve("escape"), elsewhere.getParent());

        RunFiles.deleteTree(tmp.resolve("run"));

        assertThat(tmp.resolve("run")).doesNotExist();
        assertThat(elsewhere).hasContent("kept");
    }

    @Test
    void deletingARunThatIsNotThereDoesNothing() {
        RunFiles.deleteTree(null);
        RunFiles.deleteTree(tmp.resolve("never-made"));

        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void theTailOfAnErrorIsItsLast400Characters() {
        String output = "x".repeat(1000) + "ValueError: bad port" + "y".repeat(380) + "\n";

        assertThat(RunFiles.tail("  Traceback\nKeyError: 'a'\n\n")).isEqualTo("Traceback\nKeyError: 'a'");
        assertThat(RunFiles.tail(output)).isEqualTo("…ValueError: bad port" + "y".repeat(380));
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
