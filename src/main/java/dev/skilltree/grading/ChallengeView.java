package dev.skilltree.grading;

import dev.skilltree.grading.submission.Submission;
import dev.skilltree.web.Page;
import java.util.List;
import java.util.Map;

/**
 * A challenge page: the statement as safe HTML, the files in the editor (the learner's last submission when
 * {@code restored} is not null), a submission shown, past ones, the names of the topics it proves, and the next
 * challenge on the path that the learner has not passed (null when there is none). {@code noGrader}: the submission
 * waits and no node grades now.
 */
public record ChallengeView(
        Page page,
        Challenge challenge,
        String statementHtml,
        Map<String, String> files,
        Submission submission,
        List<Submission> past,
        String error,
        Map<String, String> topics,
        Challenge next,
        Long restored,
        boolean noGrader) {

    /** Whether the submission shown is the reader's own and passed, so the page offers them the next step. */
    public boolean offersNextStep() {
        return submission != null
                && submission.finished()
                && submission.verdict() == Verdict.PASSED
                && page.signedIn()
                && page.user().id() == submission.userId();
    }

    public String topicHref(String node) {
        return "/roadmaps/" + ChallengeTopics.ROADMAP + "/nodes/" + node;
    }

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
