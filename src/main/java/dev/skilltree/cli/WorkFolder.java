package dev.skilltree.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Parameters;

/** {@code SLUG [DIR]} for {@code test} and {@code submit}: a challenge and the folder with the learner's files. */
final class WorkFolder {

    @Parameters(index = "0", paramLabel = "SLUG")
    String slug;

    @Parameters(
            index = "1",
            paramLabel = "DIR",
            defaultValue = ".",
            description = "Folder with your files (default: .).")
    Path dir;

    /** The learner's copies of the named files; a missing one is a clear error that says how to get it. */
    Map<String, String> read(Collection<String> names) throws IOException {
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
