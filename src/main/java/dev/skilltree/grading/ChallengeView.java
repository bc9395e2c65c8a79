package dev.skilltree.grading;

import dev.skilltree.web.Page;
import java.util.List;
import java.util.Map;

/** A challenge page: the statement as safe HTML, the files in the editor, a submission shown, and past ones. */
public record ChallengeView(
        Page page,
        Challenge challenge,
        String statementHtml,
        Map<String, String> files,
        Submission submission,
        List<Submission> past,
        String error) {

    public String fileField(String path) {
        return ChallengePages.FILE_FIELD + path;
    }

    /** The verdict's message key, or the submission's status while it is not finished. */
    public String stateKey() {
        if (submission == null) {
            return "";
        }
        return submission.finished()
                ? "verdict." + submission.verdict().name().toLowerCase(java.util.Locale.ROOT)
                : "submission." + submission.status().code();
    }
}
