package dev.skilltree.progress;

import java.time.Instant;
import java.util.List;

/** A learner's progress on one roadmap as a portable JSON document: statuses, notes and history. */
public record ProgressExport(
        String format,
        String roadmap,
        Instant exportedAt,
        List<Entry> statuses,
        List<NoteEntry> notes,
        List<HistoryEntry> history) {

    public static final String FORMAT = "skilltree-progress/1";

    public ProgressExport {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        notes = notes == null ? List.of() : List.copyOf(notes);
        history = history == null ? List.of() : List.copyOf(history);
    }

    public record Entry(String node, String status) {}

    public record NoteEntry(String node, String body) {}

    public record HistoryEntry(String node, String from, String to, Instant at) {}

    /** What an import changed; all zero when the same file is imported twice. */
    public record Outcome(int statusesChanged, int notesChanged, int historyAdded) {}
}
