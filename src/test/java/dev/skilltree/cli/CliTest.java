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
    void importRefusesAnExistingIdUnlessReplacingAndAFailedReplaceKeepsTheOldVersion() throws IOException {
        Path v1 = Files.writeString(dir.resolve("v1.md"), "# T {#t}\n\n## A {#a}\n");
        Path broken = Files.writeString(dir.resolve("broken.md"), "# T {#t}\n\n## A {#a needs=nope}\n");
        run("import", v1.toString(), "--data", data());

        Run again = run("import", v1.toString(), "--data", data());
        Run failedReplace = run("import", broken.toString(), "--replace", "--data", data());

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already exists; import with replace");
        assertThat(failedReplace.exitCode()).isEqualTo(1);
        assertThat(failedReplace.err()).contains(":3: node 'a' needs 'nope', but no node has that id");
        assertThat(run("export", "t", "--format", "md", "--data", data()).out()).isEqualTo("# T {#t}\n\n## A {#a}\n");
    }

    @Test
    void explainsAMissingFileWithoutAStackTrace() {
        Run run = run("import", dir.resolve("missing.md").toString(), "--data", data());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("cannot read " + dir.resolve("missing.md") + ": no such file\n");
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

    @Test
    void createsAnAdminAndExplainsARefusedOne() {
        Run created = run("admin", "create", "--user", "Root", "--password", "a long admin secret", "--data", data());
        Run again = run("admin", "create", "--user", "root", "--password", "a long admin secret", "--data", data());
        Run weak = run("admin", "create", "--user", "other", "--password", "short", "--data", data());

        assertThat(created.exitCode()).isZero();
        assertThat(created.out()).contains("Created admin 'root'.");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("The user name 'root' is already taken.");
        assertThat(weak.err()).contains("at least 10 characters").doesNotContain("Exception");
    }

    @Test
    void importsAChallengeZipAndRefusesABrokenOrDuplicateOne() throws Exception {
        Path zip = dir.resolve("counter.zip");
        Path broken = dir.resolve("broken.zip");
        writeZip(
                zip,
                java.util.Map.of(
                        "challenge.md",
                                java.nio.file.Files.readString(Path.of(
                                                "src/main/resources/content/challenges/closure-counter/challenge.md"))
                                        .replace("slug: closure-counter", "slug: counter-cli"),
                        "starter/solution.py", "def make_counter(start=0, step=1):\n    raise NotImplementedError\n",
                        "tests/test_counter.py", "import unittest\n",
                        "reference/solution.py", "def make_counter(start=0, step=1):\n    return None\n"));
        writeZip(broken, java.util.Map.of("challenge.md", "no front matter", "../evil.py", "x = 1"));

        Run imported = run("import", zip.toString(), "--data", data());
        Run again = run("import", zip.toString(), "--data", data());
        Run refused = run("import", broken.toString(), "--data", data());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported challenge 'counter-cli'");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("broken.zip: ../evil.py: not a plain relative path");
    }

    private static void writeZip(Path target, java.util.Map<String, String> files) throws java.io.IOException {
        try (var out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(target))) {
            for (var file : files.entrySet()) {
                out.putNextEntry(new java.util.zip.ZipEntry(file.getKey()));
                out.write(file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    @Test
    void challengesTakesTheFiltersOfThePage() {
        Run closures = run("challenges", "--topic", "closures", "--stage", "3");
        Run none = run("challenges", "--kind", "service", "--topic", "closures");

        assertThat(closures.exitCode()).isZero();
        assertThat(closures.out())
                .startsWith("SLUG")
                .contains("closure-counter  topic")
                .doesNotContain("kv-server");
        assertThat(none.out()).isEqualTo("No challenge matches these filters.\n");
    }
}
