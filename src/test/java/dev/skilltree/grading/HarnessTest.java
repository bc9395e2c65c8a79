package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

class HarnessTest {

    @Test
    void copiesTheHarnessFromTheClasspath() throws Exception {
        Path dir = Harness.extract();

        byte[] expected;
        try (InputStream in = Harness.class.getResourceAsStream("/grading/harness.py")) {
            expected = in.readAllBytes();
        }
        assertThat(Files.readAllBytes(dir.resolve("harness.py"))).isEqualTo(expected);
        assertThat(dir.getFileName().toString()).startsWith("skilltree-harness");
    }

    @Test
    void letsTheSandboxReadButNotChangeIt() throws Exception {
        Path dir = Harness.extract();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
                .isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("harness.py"))))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void givesEachGraderItsOwnCopy() {
        assertThat(Harness.extract()).isNotEqualTo(Harness.extract());
    }
}
