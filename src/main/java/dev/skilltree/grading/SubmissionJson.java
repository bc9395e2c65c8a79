package dev.skilltree.grading;

import java.util.LinkedHashMap;
import java.util.Map;

/** A submission as the API shows it: status, verdict, per-test results and timings; not the files. */
final class SubmissionJson {

    private SubmissionJson() {}

    static Map<String, Object> of(Submission s) {
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
        return view;
    }
}
