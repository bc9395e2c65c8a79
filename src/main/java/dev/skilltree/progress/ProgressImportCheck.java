package dev.skilltree.progress;

import java.util.List;

/** Checks an uploaded progress file field by field before anything is written. */
final class ProgressImportCheck {

    private ProgressImportCheck() {}

    static void check(ProgressExport file) {
        if (file == null || !ProgressExport.FORMAT.equals(file.format())) {
            throw InvalidProgress.unreadable("format", "expected \"" + ProgressExport.FORMAT + "\"");
        }
        if (file.roadmap() == null || file.roadmap().isBlank()) {
            throw InvalidProgress.unreadable("roadmap", "missing");
        }
        List<ProgressExport.Entry> statuses = file.statuses();
        for (int i = 0; i < statuses.size(); i++) {
            node("statuses[" + i + "]", statuses.get(i).node());
            status("statuses[" + i + "].status", statuses.get(i).status());
        }
        for (int i = 0; i < file.notes().size(); i++) {
            ProgressExport.NoteEntry note = file.notes().get(i);
            node("notes[" + i + "]", note.node());
            if (note.body() == null || note.body().length() > ProgressService.MAX_NOTE) {
                throw InvalidProgress.unreadable("notes[" + i + "].body", "missing or over 100000 characters");
            }
        }
        for (int i = 0; i < file.history().size(); i++) {
            ProgressExport.HistoryEntry h = file.history().get(i);
            node("history[" + i + "]", h.node());
            status("history[" + i + "].from", h.from());
            status("history[" + i + "].to", h.to());
            if (h.at() == null) {
                throw InvalidProgress.unreadable("history[" + i + "].at", "missing time");
            }
        }
    }

    private static void node(String where, String node) {
        if (node == null || node.isBlank() || node.length() > 64) {
            throw InvalidProgress.unreadable(where + ".node", "missing or over 64 characters");
        }
    }

    private static void status(String where, String status) {
        if (status == null || Status.fromCode(status).isEmpty()) {
            throw InvalidProgress.unreadable(where, "unknown status '" + status + "'");
        }
    }
}
