package dev.skilltree.grading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Python that runs the checks: its real executable (a pyenv shim costs about 40 ms a run), the installation
 * prefix the sandbox must see, and its version, which must be at least 3.10.
 */
public record PythonInterpreter(Path executable, Path prefix, int major, int minor) {

    /** Resolves {@code command} (a name on PATH or a path), or fails with a message saying what to install or set. */
    public static PythonInterpreter resolve(String command) {
        String probe =
                "import sys; print(sys.executable); print(sys.base_prefix); print(sys.version_info[0]); print(sys.version_info[1])";
        try {
            Process process = new ProcessBuilder(command, "-I", "-c", probe)
                    .redirectErrorStream(true)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(20, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("'" + command + "' did not run: " + out.strip());
            }
            List<String> lines = out.lines().toList();
            PythonInterpreter python = new PythonInterpreter(
                    Path.of(lines.get(0)).toRealPath(), Path.of(lines.get(1)).toRealPath(),
                    Integer.parseInt(lines.get(2)), Integer.parseInt(lines.get(3)));
            if (python.major() < 3 || (python.major() == 3 && python.minor() < 10)) {
                throw new IllegalStateException(
                        "'" + command + "' is Python " + python.version() + "; grading needs 3.10 or newer");
            }
            return python;
        } catch (IOException e) {
            throw new IllegalStateException(
                    "no Python found as '" + command
                            + "'; install python3 (3.10 or newer) or set skilltree.grading.python to its path",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking Python", e);
        }
    }

    public String version() {
        return major + "." + minor;
    }
}
