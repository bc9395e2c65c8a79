package dev.skilltree.grading.submission;

import dev.skilltree.grading.Limits;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The one place that decides whether a learner may queue another submission: at most {@code max} of theirs queued
 * or being graded, so one learner (or one script) cannot keep every other learner waiting. Admins are held to it
 * too: an admin's loop that never returns takes a worker from the learners like anyone's.
 */
final class SubmissionCap {

    private final SubmissionRepository submissions;
    private final Function<String, Limits> limits;
    private final int max;
    private final Counter refused;

    SubmissionCap(SubmissionRepository submissions, Function<String, Limits> limits, MeterRegistry registry, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("skilltree.grading.max-in-flight must be at least 1, got " + max);
        }
        this.submissions = submissions;
        this.limits = limits;
        this.max = max;
        this.refused = Counter.builder("skilltree.grading.refused")
                .description("Submissions refused because the learner had too many in flight (answered 429)")
                .register(registry);
    }

    int max() {
        return max;
    }

    /**
     * Lets one more submission of the learner in, or throws {@link TooManySubmissions}. Call it in the transaction
     * that writes the submission: it locks the learner until that commits, so two submits at once are counted one
     * after the other and cannot both slip past the cap.
     */
    void admit(long learnerId, Instant now) {
        submissions.lockLearner(learnerId);
        List<InFlight> mine = submissions.inFlight(learnerId);
        if (mine.size() < max) {
            return;
        }
        refused.increment();
        InFlight oldest = mine.getFirst();
        long seconds = (oldest.leftAtMost(limits.apply(oldest.challenge()), now).toMillis() + 999) / 1000;
        throw TooManySubmissions.inFlight(mine.stream().map(InFlight::id).toList(), seconds);
    }
}
