package dev.skilltree.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The learner's copies of a challenge's files, as {@code test} and {@code submit} read them from a folder. */
final class WorkFiles {

    private WorkFiles() {}

    static Map<String, String> read(String slug, Path dir, Collection<String> names) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : names) {
            Path path = dir.resolve(name);
            if (!Files.isRegularFile(path)) {
                throw UserError.of(path + " is missing; run 'skilltree fetch " + slug + " --dir " + dir
                        + "' to get the starter files");
            }
            files.put(name, Files.readString(path, StandardCharsets.UTF_8));
        }
        return files;
    }
}
