package dev.skilltree.grading;

import java.time.Instant;
import java.util.List;

/** A learner's submission passed a challenge; {@code nodes} are the roadmap topics the challenge proves. */
public record ChallengePassed(long learnerId, String challenge, List<String> nodes, long submissionId, Instant at) {

    public ChallengePassed {
        nodes = List.copyOf(nodes);
    }
}
