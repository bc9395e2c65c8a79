package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PythonInterpreterTest {

    @TempDir
    Path dir;

    /** A stand-in for python that answers the version probe with {@code major.minor}, as an old Python would. */
    private Path fakePython(int major, int minor) throws Exception {
        Path script = dir.resolve("python-old");
        Files.writeString(script, "#!/bin/sh\nprintf '%s\\n%s\\n" + major + "\\n" + minor + "\\n' \"$0\" /\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    @Test
    void resolvesThisMachinesPython3ToItsRealExecutable() {
        PythonInterpreter python = PythonInterpreter.resolve("python3");

        assertThat(python.executable()).isAbsolute().isExecutable();
        assertThat(python.executable()).isEqualTo(python.executable().normalize());
        assertThat(python.executable().toString()).doesNotContain("shims");
        assertThat(python.prefix()).isDirectory();
        assertThat(python.major()).isEqualTo(3);
        assertThat(python.minor()).isGreaterThanOrEqualTo(10);
        assertThat(python.version()).isEqualTo("3." + python.minor());
    }

    @Test
    void givesTheSameAnswerForThePathItResolvedTo() {
        PythonInterpreter python = PythonInterpreter.resolve("python3");

        assertThat(PythonInterpreter.resolve(python.executable().toString())).isEqualTo(python);
    }

    @Test
    void saysWhatToInstallWhenThereIsNoPython() {
        assertThatThrownBy(() -> PythonInterpreter.resolve("/nonexistent/python3"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no Python found as '/nonexistent/python3'; install python3 (3.10 or newer) or set"
                        + " skilltree.grading.python to its path");
    }

    @Test
    void refusesAPythonOlderThan3_10() throws Exception {
        Path old = fakePython(3, 9);

        assertThatThrownBy(() -> PythonInterpreter.resolve(old.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("'" + old + "' is Python 3.9; grading needs 3.10 or newer");
        assertThat(PythonInterpreter.resolve(fakePython(3, 10).toString()).version())
                .isEqualTo("3.10");
    }

    @Test
    void reportsACommandThatFailsWithItsOutput() {
        assertThatThrownBy(() -> PythonInterpreter.resolve("false"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("'false' did not run");
    }
}
