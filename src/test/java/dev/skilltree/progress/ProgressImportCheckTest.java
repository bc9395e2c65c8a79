package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressImportCheckTest {

    private static final Instant AT = Instant.parse("2026-04-01T12:00:00Z");

    private static ProgressExport file(
            List<ProgressExport.Entry> statuses,
            List<ProgressExport.NoteEntry> notes,
            List<ProgressExport.HistoryEntry> history) {
        return new ProgressExport(ProgressExport.FORMAT, "python", AT, statuses, notes, history);
    }

    private static ProgressExport withStatuses(ProgressExport.Entry... statuses) {
        return file(List.of(statuses), List.of(), List.of());
    }

    private static void assertRefused(ProgressExport file, String message) {
        assertThatThrownBy(() -> ProgressImportCheck.check(file))
                .isInstanceOf(InvalidProgress.class)
                .hasMessage("Cannot import progress: " + message);
    }

    @Test
    void acceptsAWellFormedFile() {
        ProgressExport file = file(
                List.of(new ProgressExport.Entry("http", "done"), new ProgressExport.Entry("site", "learning")),
                List.of(new ProgressExport.NoteEntry("http", "GET is safe")),
                List.of(new ProgressExport.HistoryEntry("http", "todo", "done", AT)));

        assertThatCode(() -> ProgressImportCheck.check(file)).doesNotThrowAnyException();
    }

    @Test
    void refusesAnotherFormatOrNoFileAtAll() {
        assertRefused(
                new ProgressExport("skilltree-progress/2", "python", AT, null, null, null),
                "format: expected \"skilltree-progress/1\"");
        assertRefused(null, "format: expected \"skilltree-progress/1\"");
    }

    @Test
    void refusesAFileWithoutARoadmap() {
        assertRefused(new ProgressExport(ProgressExport.FORMAT, " ", AT, null, null, null), "roadmap: missing");
    }

    @Test
    void namesTheEntryWithAnUnknownStatus() {
        assertRefused(
                withStatuses(new ProgressExport.Entry("http", "done"), new ProgressExport.Entry("site", "DONE")),
                "statuses[1].status: unknown status 'DONE'");
    }

    @Test
    void refusesAMissingOrOverlongNodeId() {
        assertRefused(
                withStatuses(new ProgressExport.Entry("", "done")), "statuses[0].node: missing or over 64 characters");
        assertRefused(
                withStatuses(new ProgressExport.Entry("n".repeat(65), "done")),
                "statuses[0].node: missing or over 64 characters");
        assertThatCode(() -> ProgressImportCheck.check(withStatuses(new ProgressExport.Entry("n".repeat(64), "done"))))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesANoteWithoutBodyOrOverTheLimit() {
        assertRefused(
                file(List.of(), List.of(new ProgressExport.NoteEntry("http", null)), List.of()),
                "notes[0].body: missing or over 100000 characters");
        assertRefused(
                file(List.of(), List.of(new ProgressExport.NoteEntry("http", "x".repeat(100_001))), List.of()),
                "notes[0].body: missing or over 100000 characters");
    }

    @Test
    void checksBothStatusesAndTheTimeOfEveryHistoryRow() {
        ProgressExport.HistoryEntry good = new ProgressExport.HistoryEntry("http", "todo", "done", AT);

        assertRefused(
                file(List.of(), List.of(), List.of(good, new ProgressExport.HistoryEntry("http", "done", "gone", AT))),
                "history[1].to: unknown status 'gone'");
        assertRefused(
                file(List.of(), List.of(), List.of(new ProgressExport.HistoryEntry("http", null, "done", AT))),
                "history[0].from: unknown status 'null'");
        assertRefused(
                file(List.of(), List.of(), List.of(new ProgressExport.HistoryEntry("http", "todo", "done", null))),
                "history[0].at: missing time");
    }
}
