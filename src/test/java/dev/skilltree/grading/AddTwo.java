package dev.skilltree.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The tiny unit challenge add-two under src/test/resources: one check, {@code add_two(3)}, a starter that raises, a
 * reference that returns {@code n + 2}, and the wrong solution adds-one. Graded in a sandbox in well under a second.
 */
final class AddTwo {

    static final String SLUG = "add-two";
    static final Path FOLDER = Path.of("src/test/resources/dev/skilltree/grading/add-two");

    private AddTwo() {}

    /** Its files, by path relative to the folder. */
    static Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(FOLDER)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(FOLDER.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A copy of the folder in {@code dir}, for a test to change. */
    static Path copyTo(Path dir) {
        Path copy = dir.resolve(SLUG);
        try {
            for (var file : files().entrySet()) {
                Path to = copy.resolve(file.getKey());
                Files.createDirectories(to.getParent());
                Files.writeString(to, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    /** Its files as an admin uploads them: a zip. */
    static byte[] zip() {
        try {
            return SubmissionApiTest.zip(files());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
