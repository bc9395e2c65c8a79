package dev.skilltree.cli;

import static dev.skilltree.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.cli.CliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code skilltree import}: a roadmap or a challenge zip stored whole, or refused with the reason. */
class ImportCommandTest {

    @TempDir
    Path dir;

    private String data() {
        return dir.resolve("data").toString();
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
    void saysWhetherARoadmapWasImportedReplacedOrLeftAsItWas() throws IOException {
        Path v1 = Files.writeString(dir.resolve("v1.md"), "# T {#t}\n\n## A {#a}\n");
        Path v2 = Files.writeString(dir.resolve("v2.md"), "# T {#t}\n\n## A {#a}\n\n## B {#b needs=a}\n");

        Run imported = run("import", v1.toString(), "--data", data());
        Run unchanged = run("import", v1.toString(), "--replace", "--data", data());
        Run replaced = run("import", v2.toString(), "--replace", "--data", data());

        assertThat(imported.out()).isEqualTo("Imported roadmap 't' (1 nodes, 0 tracks)\n");
        assertThat(unchanged.out()).isEqualTo("Unchanged: roadmap 't' (1 nodes, 0 tracks)\n");
        assertThat(replaced.exitCode()).isZero();
        assertThat(replaced.out()).isEqualTo("Replaced roadmap 't' (2 nodes, 0 tracks)\n");
        assertThat(run("export", "t", "--format", "md", "--data", data()).out()).contains("## B {#b");
    }

    @Test
    void explainsAMissingFileWithoutAStackTrace() {
        Run run = run("import", dir.resolve("missing.md").toString(), "--data", data());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("cannot read " + dir.resolve("missing.md") + ": no such file\n");
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
}
