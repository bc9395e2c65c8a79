package dev.skilltree.progress;

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
class ProgressRepositoryTest {

    @Parameter
    Engine engine;

    private static final Instant AT = Instant.parse("2026-04-01T12:00:00Z");

    @TempDir
    Path data;

    @AutoClose
    private TestDatabase db;

    private ProgressRepository progress;
    private long ada;
    private long bob;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(engine, data);
        progress = new ProgressRepository(db.jdbc());
        ada = db.user("ada");
        bob = db.user("bob");
    }

    @Test
    void keepsOneStatusPerNodeTheLatestWritten() {
        progress.put(ada, "python", "http", Status.LEARNING, AT);
        progress.put(ada, "python", "http", Status.DONE, AT.plusSeconds(60));
        progress.put(ada, "python", "types", Status.SKIPPED, AT);

        assertThat(progress.statuses(ada, "python")).isEqualTo(Map.of("http", Status.DONE, "types", Status.SKIPPED));
        assertThat(progress.status(ada, "python", "http")).contains(Status.DONE);
        assertThat(progress.status(ada, "python", "loops")).isEmpty();
    }

    @Test
    void keepsEachLearnersAndEachRoadmapsStatusesApart() {
        progress.put(ada, "python", "http", Status.DONE, AT);
        progress.put(bob, "python", "http", Status.LEARNING, AT);
        progress.put(ada, "rust", "http", Status.SKIPPED, AT);

        assertThat(progress.statuses(ada, "python")).isEqualTo(Map.of("http", Status.DONE));
        assertThat(progress.statuses(bob, "python")).isEqualTo(Map.of("http", Status.LEARNING));
        assertThat(progress.statuses(bob, "rust")).isEmpty();
    }

    @Test
    void returnsTheHistoryInTheOrderItHappened() {
        ProgressEvent later = new ProgressEvent("http", Status.LEARNING, Status.DONE, AT.plusSeconds(60));
        ProgressEvent first = new ProgressEvent("http", Status.TODO, Status.LEARNING, AT);
        ProgressEvent sameSecond = new ProgressEvent("types", Status.TODO, Status.SKIPPED, AT.plusSeconds(60));
        progress.record(ada, "python", later);
        progress.record(ada, "python", first);
        progress.record(ada, "python", sameSecond);
        progress.record(bob, "python", first);

        assertThat(progress.history(ada, "python")).containsExactly(first, later, sameSecond);
        assertThat(progress.history(ada, "rust")).isEmpty();
    }

    @Test
    void replacesANoteAndDeletesItWhenSavedBlank() {
        progress.saveNote(ada, "python", "http", "first draft", AT);
        progress.saveNote(ada, "python", "http", "GET is *safe*", AT.plusSeconds(5));
        progress.saveNote(ada, "python", "types", "int, str", AT);

        assertThat(progress.note(ada, "python", "http")).contains("GET is *safe*");
        assertThat(progress.notes(ada, "python")).isEqualTo(Map.of("http", "GET is *safe*", "types", "int, str"));

        progress.saveNote(ada, "python", "http", "  \n", AT.plusSeconds(10));

        assertThat(progress.note(ada, "python", "http")).isEmpty();
        assertThat(progress.notes(ada, "python")).containsOnlyKeys("types");
    }

    @Test
    void showsALearnerOnlyTheirOwnNotes() {
        progress.saveNote(ada, "python", "http", "mine", AT);

        assertThat(progress.note(bob, "python", "http")).isEmpty();
        assertThat(progress.notes(bob, "python")).isEmpty();
        assertThat(progress.notes(ada, "rust")).isEmpty();
    }
}
