package dev.skilltree.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkFolderTest {

    @TempDir
    Path dir;

    @Test
    void readsTheNamedFilesInTheGivenOrder() throws IOException {
        Files.writeString(dir.resolve("solution.py"), "def counter():\n    pass\n");
        Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(dir.resolve("pkg/helper.py"), "# 助手\n");
        Files.writeString(dir.resolve("unrelated.py"), "x = 1\n");

        Map<String, String> files = folder("closure-counter").read(List.of("solution.py", "pkg/helper.py"));

        assertThat(files)
                .containsExactly(
                        Map.entry("solution.py", "def counter():\n    pass\n"), Map.entry("pkg/helper.py", "# 助手\n"));
    }

    @Test
    void saysHowToGetAMissingFile() throws IOException {
        Files.writeString(dir.resolve("solution.py"), "");

        assertThatThrownBy(() -> folder("closure-counter").read(List.of("solution.py", "helper.py")))
                .isInstanceOf(UserError.class)
                .hasMessage(dir.resolve("helper.py") + " is missing; run 'skilltree fetch closure-counter --dir " + dir
                        + "' to get the starter files");
    }

    @Test
    void takesAFolderInThePlaceOfAFileForAMissingFile() throws IOException {
        Files.createDirectories(dir.resolve("solution.py"));

        assertThatThrownBy(() -> folder("closure-counter").read(List.of("solution.py")))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith(dir.resolve("solution.py") + " is missing");
    }

    private WorkFolder folder(String slug) {
        WorkFolder folder = new WorkFolder();
        folder.slug = slug;
        folder.dir = dir;
        return folder;
    }
}
