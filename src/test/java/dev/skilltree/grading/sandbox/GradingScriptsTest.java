package dev.skilltree.grading.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grader's Python scripts, copied out of the jar for sandboxes to mount. */
class GradingScriptsTest {

    private static final List<String> SCRIPTS =
            List.of("runner.py", "rewrite.py", "measure.py", "scenario.py", "proctree.py", "warm.py");

    @Test
    void copiesEveryScriptAsShippedIntoAFolderOfItsOwn() throws IOException {
        Path dir = GradingScripts.extract();

        try (var listed = Files.list(dir)) {
            assertThat(listed.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(SCRIPTS);
        }
        for (String script : SCRIPTS) {
            try (InputStream shipped = GradingScripts.class.getResourceAsStream("/grading/" + script)) {
                assertThat(Files.readAllBytes(dir.resolve(script))).isEqualTo(shipped.readAllBytes());
            }
        }
    }

    @Test
    void everyoneMayReadTheScriptsAndNoOneElseMayChangeThem() throws IOException {
        Path dir = GradingScripts.extract();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
                .isEqualTo("rwxr-xr-x");
        for (String script : SCRIPTS) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(script))))
                    .isEqualTo("rw-r--r--");
        }
    }

    @Test
    void eachExtractionHasAFolderOfItsOwn() {
        assertThat(GradingScripts.extract()).isNotEqualTo(GradingScripts.extract());
    }
}
