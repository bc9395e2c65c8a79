package dev.skilltree.cli;

import static dev.skilltree.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.cli.CliTest.Run;
import dev.skilltree.grading.BuiltInChallenges;
import dev.skilltree.grading.Challenge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code skilltree fetch}: a challenge's starter files and statement, written into a folder of the learner's. */
class FetchCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheStarterFilesAndTheStatementInBothLanguages() throws IOException {
        Challenge counter = BuiltInChallenges.get("closure-counter");
        Path work = dir.resolve("work");

        Run fetched = run("fetch", "closure-counter", "--dir", work.toString());

        assertThat(fetched.exitCode()).as(fetched.err()).isZero();
        assertThat(fetched.out())
                .isEqualTo("Wrote " + String.join(", ", counter.starter().keySet()) + " to " + work
                        + "; grade it with: skilltree test closure-counter " + work + "\n");
        for (var file : counter.starter().entrySet()) {
            assertThat(Files.readString(work.resolve(file.getKey()))).isEqualTo(file.getValue());
        }
        assertThat(Files.readString(work.resolve("README.md")))
                .startsWith(
                        "# " + counter.title().zh() + " / " + counter.title().en() + "\n")
                .contains(counter.statement().zh(), counter.statement().en());
    }

    @Test
    void neverOverwritesTheLearnersWork() throws IOException {
        Path work = dir.resolve("work");
        run("fetch", "closure-counter", "--dir", work.toString());
        Files.writeString(work.resolve("solution.py"), "# my work\n");

        Run again = run("fetch", "closure-counter", "--dir", work.toString());

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err())
                .isEqualTo(work.resolve("solution.py")
                        + " already exists; fetch into another folder with --dir, or move it away\n");
        assertThat(Files.readString(work.resolve("solution.py"))).isEqualTo("# my work\n");
    }

    @Test
    void anUnknownChallengeIsNamedAndNothingIsWritten() {
        Path work = dir.resolve("work");

        Run run = run("fetch", "no-such-challenge", "--dir", work.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no-such-challenge").hasLineCount(1);
        assertThat(work).doesNotExist();
    }
}
