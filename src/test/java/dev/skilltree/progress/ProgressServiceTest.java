package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skilltree.config.Transactions;
import dev.skilltree.roadmap.RoadmapService;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The progress service over a real H2 database holding the small roadmap of {@link ProgressFixtures}. */
class ProgressServiceTest {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    @TempDir
    Path data;

    private final MovableClock clock = new MovableClock(START);
    private final List<Object> published = new ArrayList<>();
    private TestDatabase db;
    private ProgressService progress;
    private long learner;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(data);
        Transactions transactions = new Transactions(db.dataSource());
        RoadmapService roadmaps =
                transactions.around(RoadmapService.of(db.jdbc(), new JdbcTemplate(db.dataSource()), clock));
        roadmaps.install(ProgressFixtures.roadmap());
        progress = transactions.around(ProgressService.of(db.jdbc(), roadmaps, published::add, clock));
        learner = db.user("learner");
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void aStatusSetIsKeptRecordedInTheHistoryAndAnnounced() {
        Status set = progress.set(learner, "python", "syntax", Status.LEARNING);

        assertThat(set).isEqualTo(Status.LEARNING);
        assertThat(progress.statuses(learner, ProgressFixtures.roadmap())).isEqualTo(Map.of("syntax", Status.LEARNING));
        assertThat(progress.history(learner, "python"))
                .containsExactly(new ProgressEvent("syntax", Status.TODO, Status.LEARNING, START));
        assertThat(published)
                .containsExactly(
                        new TopicStatusChanged(learner, "python", "syntax", Status.TODO, Status.LEARNING, START));
        assertThat(progress.progress(learner, "python").status("lang"))
                .as("a group with a topic begun is under way")
                .isEqualTo(Status.LEARNING);
    }

    @Test
    void settingTheSameStatusAgainChangesNothingAndRecordsNothing() {
        progress.set(learner, "python", "syntax", Status.DONE);
        clock.advance(Duration.ofHours(1));

        progress.set(learner, "python", "syntax", Status.DONE);

        assertThat(progress.history(learner, "python")).hasSize(1);
        assertThat(published).hasSize(1);
    }

    @Test
    void aTopicTheRoadmapDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> progress.set(learner, "python", "cobol", Status.DONE))
                .isInstanceOf(NodeNotFound.class)
                .hasMessage("Roadmap 'python' has no topic with id 'cobol'.");
        assertThatThrownBy(() -> progress.saveNote(learner, "python", "cobol", "notes"))
                .isInstanceOf(NodeNotFound.class);
        assertThat(published).isEmpty();
    }

    @Test
    void aNoteIsSavedReplacedAndDeletedWhenBlank() {
        progress.saveNote(learner, "python", "http", "Read **RFC 9110**.");
        progress.saveNote(learner, "python", "types", "First note");
        progress.saveNote(learner, "python", "types", "Second note");

        assertThat(progress.notes(learner, "python"))
                .isEqualTo(Map.of("http", "Read **RFC 9110**.", "types", "Second note"));
        progress.saveNote(learner, "python", "http", "  ");
        assertThat(progress.note(learner, "python", "http")).isEmpty();
        assertThatThrownBy(() -> progress.saveNote(learner, "python", "http", "x".repeat(ProgressService.MAX_NOTE + 1)))
                .isInstanceOf(InvalidProgress.class)
                .hasMessageContaining("too long");
    }

    @Test
    void anExportImportedByAnotherLearnerGivesThemTheSameProgressOnce() {
        progress.set(learner, "python", "syntax", Status.DONE);
        clock.advance(Duration.ofMinutes(5));
        progress.set(learner, "python", "types", Status.LEARNING);
        progress.saveNote(learner, "python", "types", "Generics next");
        ProgressExport export = progress.export(learner, "python");
        long other = db.user("other");
        published.clear();

        ProgressExport.Outcome first = progress.importProgress(other, export);
        ProgressExport.Outcome again = progress.importProgress(other, export);

        assertThat(export.format()).isEqualTo(ProgressExport.FORMAT);
        assertThat(first).isEqualTo(new ProgressExport.Outcome(2, 1, 2));
        assertThat(again).isEqualTo(new ProgressExport.Outcome(0, 0, 0));
        assertThat(progress.statuses(other, ProgressFixtures.roadmap()))
                .isEqualTo(Map.of("syntax", Status.DONE, "types", Status.LEARNING));
        assertThat(progress.notes(other, "python")).isEqualTo(Map.of("types", "Generics next"));
        assertThat(progress.history(other, "python")).isEqualTo(progress.history(learner, "python"));
        assertThat(published).as("the imported statuses are announced, once").hasSize(2);
    }
}
