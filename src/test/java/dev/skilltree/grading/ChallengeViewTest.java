package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.grading.submission.Submission;
import dev.skilltree.web.Page;
import dev.skilltree.web.Viewer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A challenge page's model: whom it offers the next step, what it calls a submission's state, and its links. */
class ChallengeViewTest {

    private static final Instant AT = Instant.parse("2026-07-01T10:00:00Z");
    private static final long LEARNER = 7;
    private static final Challenge CHALLENGE =
            TestChallenges.unit("add-two", Limits.DEFAULT, Map.of("test_add.py", ""), "");
    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    @Test
    void offersTheNextStepOnlyToTheSignedInLearnerWhoseOwnSubmissionPassed() {
        Viewer learner = new Viewer(LEARNER, "ada", "LEARNER");
        Viewer mentor = new Viewer(8, "mentor", "MENTOR");

        assertThat(view(learner, finished(LEARNER, Verdict.PASSED)).offersNextStep())
                .isTrue();
        assertThat(view(learner, finished(LEARNER, Verdict.FAILED)).offersNextStep())
                .isFalse();
        assertThat(view(learner, queued(LEARNER)).offersNextStep()).isFalse();
        assertThat(view(mentor, finished(LEARNER, Verdict.PASSED)).offersNextStep())
                .as("a mentor reading the learner's pass")
                .isFalse();
        assertThat(view(null, finished(LEARNER, Verdict.PASSED)).offersNextStep())
                .isFalse();
        assertThat(view(learner, null).offersNextStep()).isFalse();
    }

    @Test
    void namesTheVerdictOnceFinishedAndTheStatusBeforeInBothLanguages() {
        Viewer learner = new Viewer(LEARNER, "ada", "LEARNER");

        assertThat(view(learner, null).stateKey()).isEmpty();
        assertThat(view(learner, queued(LEARNER)).stateKey()).isEqualTo("submission.queued");
        assertThat(view(learner, finished(LEARNER, Verdict.TIME_LIMIT)).stateKey())
                .isEqualTo("verdict.time_limit");
        for (Verdict verdict : Verdict.values()) {
            assertShownInBothLanguages(view(learner, finished(LEARNER, verdict)));
        }
        for (Submission.Status status : List.of(Submission.Status.QUEUED, Submission.Status.STARTED)) {
            assertShownInBothLanguages(view(learner, submission(LEARNER, status, null)));
        }
    }

    @Test
    void linksATopicToTheBuiltInRoadmapAndNamesAFilesFormField() {
        ChallengeView view = view(null, null);

        assertThat(view.topicHref("closures")).isEqualTo("/roadmaps/python-advanced/nodes/closures");
        assertThat(view.fileField("pkg/solution.py")).isEqualTo("file:pkg/solution.py");
    }

    private static void assertShownInBothLanguages(ChallengeView view) {
        String key = view.stateKey();
        for (String lang : List.of("en", "zh")) {
            assertThat(page(lang, null).t(key))
                    .as("%s in %s", key, lang)
                    .isNotEqualTo(key)
                    .isNotBlank();
        }
    }

    private static ChallengeView view(Viewer reader, Submission submission) {
        return new ChallengeView(
                page("en", reader),
                CHALLENGE,
                "<p>-</p>",
                CHALLENGE.starter(),
                submission,
                List.of(),
                "",
                Map.of(),
                null,
                null,
                false);
    }

    private static Page page(String lang, Viewer reader) {
        return new Page(lang, "light", reader, null, null, null, "/challenges/add-two", MESSAGES);
    }

    private static Submission queued(long learner) {
        return submission(learner, Submission.Status.QUEUED, null);
    }

    private static Submission finished(long learner, Verdict verdict) {
        return submission(learner, Submission.Status.FINISHED, verdict);
    }

    private static Submission submission(long learner, Submission.Status status, Verdict verdict) {
        return new Submission(
                1,
                learner,
                "add-two",
                Map.of("solution.py", ""),
                status,
                verdict,
                "",
                List.of(),
                1,
                null,
                AT,
                status == Submission.Status.QUEUED ? null : AT,
                status == Submission.Status.FINISHED ? AT : null);
    }
}
