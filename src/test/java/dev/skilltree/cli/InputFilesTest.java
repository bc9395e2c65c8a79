package dev.skilltree.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skilltree.roadmap.InvalidRoadmap;
import dev.skilltree.roadmap.Problem;
import dev.skilltree.roadmap.SourceFile;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsOneFileNamedByItsPath() throws IOException {
        Path file = Files.writeString(dir.resolve("roadmap.md"), "# 路线 {#r}\n");

        assertThat(InputFiles.read(file)).containsExactly(new SourceFile(file.toString(), "# 路线 {#r}\n"));
    }

    @Test
    void readsTheMarkdownFilesOfAFolderInNameOrder() throws IOException {
        Files.writeString(dir.resolve("10-later.md"), "later");
        Files.writeString(dir.resolve("00-title.md"), "title");
        Files.writeString(dir.resolve("05-middle.md"), "middle");
        Files.writeString(dir.resolve("notes.txt"), "not part of it");

        assertThat(InputFiles.read(dir)).extracting(SourceFile::text).containsExactly("title", "middle", "later");
    }

    @Test
    void refusesAFolderWithoutMarkdown() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "text");

        assertThatThrownBy(() -> InputFiles.read(dir))
                .isInstanceOf(UserError.class)
                .hasMessage("cannot read " + dir + ": the folder has no .md files");
    }

    @Test
    void saysWhenTheFileIsMissing() {
        Path missing = dir.resolve("missing.md");

        assertThatThrownBy(() -> InputFiles.read(missing))
                .isInstanceOf(UserError.class)
                .hasMessage("cannot read " + missing + ": no such file");
    }

    @Test
    void namesTheFileAndLineOfInvalidText() throws IOException {
        Path file = Files.write(dir.resolve("latin1.md"), new byte[] {'#', ' ', 'T', '\n', (byte) 0xE9, '\n'});

        assertThatThrownBy(() -> InputFiles.read(file))
                .isInstanceOfSatisfying(InvalidRoadmap.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .containsExactly(file + ":2: the file is not valid UTF-8 text"));
    }

    @Test
    void refusesAFileOverFiveMegabytesByItsSize() throws IOException {
        Path file = dir.resolve("huge.md");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(SourceFile.MAX_BYTES + 1L);
        }

        assertThatThrownBy(() -> InputFiles.read(file)).isInstanceOfSatisfying(InvalidRoadmap.class, e -> assertThat(
                        e.problems().getFirst().toString())
                .startsWith(file + ":1: the file is 5242881 bytes"));
    }
}
