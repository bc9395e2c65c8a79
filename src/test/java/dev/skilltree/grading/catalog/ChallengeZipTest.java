package dev.skilltree.grading.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skilltree.grading.InvalidChallenge;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ChallengeZipTest {

    private static final byte[] NOT_UTF8 = {(byte) 0xff, (byte) 0xfe, 0x00, 0x41};

    /** A zip of the given entries, in order; a name ending in "/" is a folder. */
    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Map<String, byte[]> entries(String... namesAndTexts) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            entries.put(namesAndTexts[i], namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return entries;
    }

    private static void assertProblems(byte[] zip, String... problems) {
        assertThatThrownBy(() -> ChallengeZip.files("counter.zip", zip))
                .isInstanceOfSatisfying(
                        InvalidChallenge.class, e -> assertThat(e.problems()).containsExactly(problems));
    }

    @Test
    void readsAFolderZippedWithItsTopFolder() {
        byte[] zip = zip(entries(
                "counter/", "",
                "counter/challenge.md", "# Counter",
                "counter/starter/solution.py", "def count(): ...\n"));

        assertThat(ChallengeZip.files("counter.zip", zip))
                .containsExactly(
                        Map.entry("challenge.md", "# Counter"), Map.entry("starter/solution.py", "def count(): ...\n"));
    }

    @Test
    void readsAFolderZippedFromInside() {
        byte[] zip = zip(entries("challenge.md", "# Counter", "tests/test_counter.py", "import unittest\n"));

        assertThat(ChallengeZip.files("counter.zip", zip)).containsOnlyKeys("challenge.md", "tests/test_counter.py");
    }

    @Test
    void keepsThePathsWhenTheFilesAreNotAllInOneFolder() {
        byte[] zip = zip(entries("a/challenge.md", "# A", "b/solution.py", "pass\n"));

        assertThat(ChallengeZip.files("mixed.zip", zip)).containsOnlyKeys("a/challenge.md", "b/solution.py");
    }

    @Test
    void skipsTheFilesMacOsAddsToAZip() {
        Map<String, byte[]> entries = entries("counter/challenge.md", "# Counter");
        entries.put("__MACOSX/counter/._challenge.md", NOT_UTF8);
        entries.put("counter/.DS_Store", NOT_UTF8);

        assertThat(ChallengeZip.files("counter.zip", zip(entries))).containsOnlyKeys("challenge.md");
    }

    @Test
    void namesEveryPathThatLeavesTheFolder() {
        byte[] zip = zip(entries(
                "challenge.md", "# Counter",
                "../evil.py", "",
                "/etc/cron.d/evil", "",
                "starter\\solution.py", ""));

        assertProblems(
                zip,
                "counter.zip: ../evil.py: not a plain relative path",
                "counter.zip: /etc/cron.d/evil: not a plain relative path",
                "counter.zip: starter\\solution.py: not a plain relative path");
    }

    @Test
    void refusesAFileThatIsNotUtf8Text() {
        Map<String, byte[]> entries = entries("challenge.md", "# Counter");
        entries.put("starter/data.bin", NOT_UTF8);

        assertProblems(zip(entries), "counter.zip: starter/data.bin: not UTF-8 text");
    }

    @Test
    void refusesMoreThanTwoHundredFiles() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i <= 200; i++) {
            entries.put("tests/test_" + i + ".py", new byte[0]);
        }

        assertProblems(zip(entries), "counter.zip: more than 200 files");
    }

    @Test
    void refusesMoreThanTwoMegabytesOnceInflated() {
        Map<String, byte[]> exactly = new LinkedHashMap<>();
        exactly.put("challenge.md", new byte[ChallengeZip.MAX_BYTES]);
        Map<String, byte[]> over = new LinkedHashMap<>();
        over.put("challenge.md", new byte[ChallengeZip.MAX_BYTES / 2]);
        over.put("tests/big.py", new byte[ChallengeZip.MAX_BYTES / 2 + 1]);

        assertThat(ChallengeZip.files("counter.zip", zip(exactly))).containsOnlyKeys("challenge.md");
        assertProblems(zip(over), "counter.zip: the files add up to more than 2 MB");
    }

    @Test
    void refusesAZipWithoutFiles() {
        assertProblems(zip(entries("counter/", "")), "counter.zip: the zip holds no files");
        assertProblems("not a zip at all".getBytes(StandardCharsets.UTF_8), "counter.zip: the zip holds no files");
    }
}
