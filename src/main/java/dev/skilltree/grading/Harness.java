package dev.skilltree.grading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The Python harness, copied from the classpath to a private folder that the sandbox mounts read-only. */
final class Harness {

    private Harness() {}

    static Path extract() {
        try (InputStream in = Harness.class.getResourceAsStream("/grading/harness.py")) {
            if (in == null) {
                throw new IllegalStateException("grading/harness.py is missing from the classpath");
            }
            Path dir = Files.createTempDirectory("skilltree-harness");
            Files.copy(in, dir.resolve("harness.py"));
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(dir.resolve("harness.py"), PosixFilePermissions.fromString("rw-r--r--"));
            dir.toFile().deleteOnExit();
            dir.resolve("harness.py").toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the grading harness", e);
        }
    }
}
