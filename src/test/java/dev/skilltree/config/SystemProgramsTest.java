package dev.skilltree.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Programs looked up as a shell would: a path must be executable, a bare name is searched on the PATH. */
class SystemProgramsTest {

    @TempDir
    Path dir;

    @Test
    void findsAProgramOnThePathByItsName() {
        assertThat(SystemPrograms.installed("sh")).isTrue();
        assertThat(SystemPrograms.installed("no-such-program-skilltree")).isFalse();
    }

    @Test
    void aPathCountsOnlyWhenItIsAnExecutableFile() throws IOException {
        Path script = Files.writeString(dir.resolve("tool"), "#!/bin/sh\n");
        Path text = Files.writeString(dir.resolve("notes"), "just text\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(text, PosixFilePermissions.fromString("rw-------"));

        assertThat(SystemPrograms.installed(script.toString())).isTrue();
        assertThat(SystemPrograms.installed(text.toString())).isFalse();
        assertThat(SystemPrograms.installed(dir.resolve("missing").toString())).isFalse();
    }
}
