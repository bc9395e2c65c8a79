package dev.skilltree.grading.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.Engine;
import dev.skilltree.support.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs on both databases: H2 and a real PostgreSQL. */
@ParameterizedClass
@EnumSource(Engine.class)
class ChallengeRepositoryTest {

    @Parameter
    Engine engine;

    private static final Instant AT = Instant.parse("2026-04-01T12:00:00Z");
    private static final Map<String, String> FILES = Map.of(
            "challenge.md", "---\nslug: fizzbuzz\n---\n## en\n\nFizz, buzz: \"quoted\" ✓\n",
            "starter/solution.py", "def fizzbuzz(n):\n    pass\n");

    @TempDir
    Path data;

    @AutoClose
    private TestDatabase db;

    private ChallengeRepository challenges;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(engine, data);
        challenges = new ChallengeRepository(db.jdbc());
    }

    @Test
    void storesEveryFileOfAChallengeAsWritten() {
        challenges.save("fizzbuzz", FILES, "hash-1", true, AT);

        assertThat(challenges.find("fizzbuzz"))
                .contains(new ChallengeRepository.Stored("fizzbuzz", FILES, "hash-1", true));
        assertThat(challenges.contentHash("fizzbuzz")).contains("hash-1");
    }

    @Test
    void replacesAChallengeSavedAgain() {
        challenges.save("fizzbuzz", FILES, "hash-1", true, AT);

        challenges.save("fizzbuzz", Map.of("challenge.md", "v2"), "hash-2", false, AT.plusSeconds(60));

        assertThat(challenges.find("fizzbuzz"))
                .contains(new ChallengeRepository.Stored("fizzbuzz", Map.of("challenge.md", "v2"), "hash-2", false));
        assertThat(challenges.hashes()).hasSize(1);
    }

    @Test
    void findsNothingForAnUnknownSlug() {
        assertThat(challenges.find("nope")).isEmpty();
        assertThat(challenges.contentHash("nope")).isEmpty();
        assertThat(challenges.hashes()).isEmpty();
    }

    @Test
    void listsEveryHashBySlug() {
        challenges.save("word-count", FILES, "h-w", false, AT);
        challenges.save("counter", FILES, "h-c", true, AT);
        challenges.save("fizzbuzz", FILES, "h-f", true, AT);

        assertThat(challenges.hashes())
                .containsExactly(
                        Map.entry("counter", "h-c"), Map.entry("fizzbuzz", "h-f"), Map.entry("word-count", "h-w"));
    }
}
