package dev.skilltree.grading.submission;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A submission as the API shows it: status, verdict, per-test results and timings; not the files. {@code notice}
 * says, while it waits, that no node grades now.
 */
public final class SubmissionJson {

    private SubmissionJson() {}

    static final String NO_GRADER =
            "No node grades submissions right now; this one stays in the queue and is graded as soon as one does.";

    public static Map<String, Object> of(Submission s, boolean anyNodeGrades) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", s.id());
        view.put("challenge", s.challenge());
        view.put("status", s.status().code());
        view.put("verdict", s.verdict() == null ? null : s.verdict().name());
        view.put("message", s.message());
        view.put("tests", s.tests());
        view.put("attempts", s.attempts());
        view.put("runMillis", s.runMillis());
        view.put("queuedAt", s.queuedAt());
        view.put("startedAt", s.startedAt());
        view.put("finishedAt", s.finishedAt());
        view.put("notice", s.finished() || anyNodeGrades ? null : NO_GRADER);
        return view;
    }
}
