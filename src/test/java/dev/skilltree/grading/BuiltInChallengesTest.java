package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The challenges shipped in the jar, read from the classpath as the server and the command line read them. */
class BuiltInChallengesTest {

    private static final Path SHIPPED = Path.of("src/main/resources/content/challenges");

    @Test
    void readsEveryShippedFolderWithEachFileByItsPathInTheFolder() throws IOException {
        Map<String, Map<String, String>> folders = BuiltInChallenges.folders();
        Map<String, String> counter = folders.get("closure-counter");

        assertThat(folders.keySet()).containsExactlyElementsOf(folderNames());
        assertThat(counter)
                .containsKeys(
                        "challenge.md",
                        "starter/solution.py",
                        "reference/solution.py",
                        "tests/test_counter.py",
                        "wrong/ignores-step/expect");
        assertThat(counter.get("reference/solution.py"))
                .isEqualTo(Files.readString(SHIPPED.resolve("closure-counter/reference/solution.py")));
    }

    @Test
    void eachShippedChallengeIsNamedByItsFolder() throws IOException {
        assertThat(BuiltInChallenges.load()).extracting(Challenge::slug).containsExactlyElementsOf(folderNames());
    }

    @Test
    void findsAShippedChallengeBySlugAndSaysWhenThereIsNone() {
        Challenge counter = BuiltInChallenges.get("closure-counter");

        assertThat(counter.title().en()).isEqualTo("A counter made of a closure");
        assertThat(counter.starter()).containsOnlyKeys("solution.py");
        assertThatThrownBy(() -> BuiltInChallenges.get("no-such-challenge"))
                .isInstanceOf(ChallengeNotFound.class)
                .hasMessage("There is no challenge 'no-such-challenge'.");
    }

    private static List<String> folderNames() throws IOException {
        try (Stream<Path> all = Files.list(SHIPPED)) {
            return all.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }
}
