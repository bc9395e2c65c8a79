package dev.skilltree.plan;

import java.util.Set;

/**
 * Where the learner stands. Done and skipped topics are left out of a plan and count as finished for the
 * topics that need them; topics in progress are scheduled first (with their full hours) once ready.
 */
public record LearnerState(Set<String> done, Set<String> inProgress, Set<String> skipped) {

    public LearnerState {
        done = done == null ? Set.of() : Set.copyOf(done);
        inProgress = inProgress == null ? Set.of() : Set.copyOf(inProgress);
        skipped = skipped == null ? Set.of() : Set.copyOf(skipped);
    }

    public static LearnerState empty() {
        return new LearnerState(Set.of(), Set.of(), Set.of());
    }

    public static LearnerState of(Set<String> done, Set<String> inProgress) {
        return new LearnerState(done, inProgress, Set.of());
    }

    boolean finished(String topicId) {
        return done.contains(topicId) || skipped.contains(topicId);
    }
}
