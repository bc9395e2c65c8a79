package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.config.Database;
import dev.skilltree.support.ServerProcess;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** A challenge import on the command line, killed with SIGKILL at any moment, leaves the old challenge or the new one. */
class KilledChallengeImportTest {

    private static final String SLUG = "big-counter";
    private static final Path SOURCE = Path.of("src/main/resources/content/challenges/closure-counter");
    private static final int DATA_FILES = 150;

    @TempDir
    Path dir;

    @Test
    void aCommandLineChallengeImportKilledAtAnyMomentLeavesOneWholeVersion() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        assertThat(importing(data, "v1").waitFor()).isZero();
        long start = System.nanoTime();
        assertThat(importing(data, "v2").waitFor()).isZero();
        long whole = (System.nanoTime() - start) / 1_000_000;
        assertThat(versionIn(data)).isEqualTo("v2");
        Set<String> seen = new TreeSet<>();

        for (int round = 0; round < 3; round++) {
            Process importing = importing(data, round % 2 == 0 ? "v1" : "v2");
            // The moment of the kill: from under half a whole import to just past its end.
            Thread.sleep(whole * (4 + round) / 8);
            importing.destroyForcibly().waitFor();

            seen.add(versionIn(data));
        }
        System.out.println("Challenge versions seen after killed command-line imports: " + seen);
    }

    private Process importing(Path data, String version) throws IOException {
        return ServerProcess.command(
                dir.resolve("processes.log"),
                "import",
                zip(version).toString(),
                "--replace",
                "--data",
                data.toString());
    }

    /** The one version all of the stored challenge's data files carry; fails when they disagree or some are missing. */
    private static String versionIn(Path data) throws IOException {
        var dataSource = Database.open(data);
        try {
            Optional<String> json = JdbcClient.create(dataSource)
                    .sql("select files from challenge where slug = ?")
                    .param(SLUG)
                    .query(String.class)
                    .optional();
            assertThat(json).as("the challenge after a killed replace").isPresent();
            Map<?, ?> files = JsonMapper.builder().build().readValue(json.get(), Map.class);
            Set<String> versions = new TreeSet<>();
            files.forEach((path, text) -> {
                if (path.toString().startsWith("tests/data/")) {
                    versions.add(text.toString().substring(0, 2));
                }
            });
            assertThat(files.keySet().stream().filter(p -> p.toString().startsWith("tests/data/")))
                    .as("data files of the stored challenge")
                    .hasSize(DATA_FILES);
            assertThat(versions).as("versions among the stored files").hasSize(1);
            return versions.iterator().next();
        } finally {
            dataSource.destroy();
        }
    }

    /** closure-counter under another slug, with data files that name their version, about 1.5 MB in all. */
    private Path zip(String version) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (String path :
                new String[] {"challenge.md", "starter/solution.py", "tests/test_counter.py", "reference/solution.py"
                }) {
            files.put(path, Files.readString(SOURCE.resolve(path)));
        }
        files.computeIfPresent("challenge.md", (path, text) -> text.replace("slug: closure-counter", "slug: " + SLUG));
        for (int i = 0; i < DATA_FILES; i++) {
            files.put("tests/data/part-" + i + ".txt", (version + " ").repeat(2500));
        }
        Path zip = dir.resolve(version + ".zip");
        try (OutputStream file = Files.newOutputStream(zip);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (var entry : files.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }
}
