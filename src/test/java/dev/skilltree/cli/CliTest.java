package dev.skilltree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user runs them: arguments in, exit code and printed text out. */
class CliTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine()
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void validatePrintsEveryProblemWithFileAndLineAndFails() throws IOException {
        Path bad = Files.writeString(
                dir.resolve("bad.md"), "# T {#t}\n\n## A {#a needs=b}\n\n## B {#b needs=a}\n\n## C {#a}\n");

        Run run = run("validate", bad.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(bad + ":7: the id 'a' is already used on line 3\n");
    }

    @Test
    void validateAcceptsBothSeedsAsTheyAre() throws IOException {
        Path seed = dir.resolve("001_b010267a2060e0f5.txt");
        Files.write(
                seed,
                getClass()
                        .getClassLoader()
                        .getResourceAsStream("seeds/001_b010267a2060e0f5.txt")
                        .readAllBytes());

        Run run = run("validate", seed.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(seed + ": ok, roadmap 'b010267a2060e0f5' with 97 nodes and 5 tracks\n");
    }

    @Test
    void exportedMarkdownImportsBackAsTheSameRoadmap() throws IOException {
        Path exported = dir.resolve("python-advanced.md");
        assertThat(run("export", "python-advanced", "--format", "md", "--out", exported.toString(), "--data", data())
                        .exitCode())
                .isZero();
        Files.writeString(exported, Files.readString(exported).replace("{#python-advanced", "{#python-copy"));

        assertThat(run("import", exported.toString(), "--data", data()).out())
                .startsWith("Imported roadmap 'python-copy'");

        Path again = dir.resolve("again.md");
        run("export", "python-copy", "--format", "md", "--out", again.toString(), "--data", data());
        assertThat(again).hasSameTextualContentAs(exported);
        assertThat(run("roadmaps", "--data", data()).out()).contains("python-advanced", "python-copy", "Python 高级进阶路线");
    }

    @Test
    void serveRefusesAnUnknownRoleBeforeStarting() {
        Run bad = run("serve", "--role", "boss", "--data", data());

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("--role is all, web or worker, not 'boss'\n");
    }

    @Test
    void exportsJsonAndRejectsUnknownFormats() {
        assertThat(run("export", "python-advanced", "--format", "json", "--data", data())
                        .out())
                .contains("\"id\" : \"python-advanced\"");
        Run bad = run("export", "python-advanced", "--format", "pdf", "--data", data());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("Invalid value for option '--format'");
        assertThat(run("export", "nope", "--format", "md", "--data", data()).err())
                .isEqualTo("There is no roadmap with id 'nope'.\n");
    }
}
