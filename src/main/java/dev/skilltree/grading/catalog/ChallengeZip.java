package dev.skilltree.grading.catalog;

import dev.skilltree.grading.InvalidChallenge;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a challenge folder sent as a zip: the folder's files at the top level or inside one folder. Entries are
 * checked before anything is kept (paths, count, size after inflating, UTF-8), and every problem is named.
 */
public final class ChallengeZip {

    static final int MAX_ENTRIES = 200;
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private ChallengeZip() {}

    public static Map<String, String> files(String name, byte[] zip) {
        Map<String, String> files = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String path = entry.getName();
                if (entry.isDirectory() || path.startsWith("__MACOSX/") || path.endsWith("/.DS_Store")) {
                    continue;
                }
                if (files.size() >= MAX_ENTRIES) {
                    throw InvalidChallenge.of(List.of(name + ": more than " + MAX_ENTRIES + " files"));
                }
                if (path.startsWith("/")
                        || path.contains("\\")
                        || List.of(path.split("/")).contains("..")) {
                    problems.add(name + ": " + path + ": not a plain relative path");
                    continue;
                }
                byte[] bytes = in.readNBytes(MAX_BYTES + 1 - (int) total);
                total += bytes.length;
                if (total > MAX_BYTES || in.read() != -1) {
                    throw InvalidChallenge.of(List.of(name + ": the files add up to more than 2 MB"));
                }
                try {
                    files.put(
                            path,
                            StandardCharsets.UTF_8
                                    .newDecoder()
                                    .onMalformedInput(CodingErrorAction.REPORT)
                                    .decode(ByteBuffer.wrap(bytes))
                                    .toString());
                } catch (CharacterCodingException e) {
                    problems.add(name + ": " + path + ": not UTF-8 text");
                }
            }
        } catch (IOException e) {
            throw InvalidChallenge.of(List.of(name + ": not a readable zip file (" + e.getMessage() + ")"));
        }
        if (!problems.isEmpty()) {
            throw InvalidChallenge.of(problems);
        }
        if (files.isEmpty()) {
            throw InvalidChallenge.of(List.of(name + ": the zip holds no files"));
        }
        return withoutTopFolder(files);
    }

    /** {@code counter/challenge.md, counter/tests/…} become {@code challenge.md, tests/…}. */
    private static Map<String, String> withoutTopFolder(Map<String, String> files) {
        if (files.containsKey("challenge.md")) {
            return files;
        }
        String first = files.keySet().iterator().next();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return files;
        }
        String top = first.substring(0, slash + 1);
        if (!files.keySet().stream().allMatch(p -> p.startsWith(top))) {
            return files;
        }
        Map<String, String> inner = new TreeMap<>();
        files.forEach((path, text) -> inner.put(path.substring(top.length()), text));
        return inner;
    }
}
