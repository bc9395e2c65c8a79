package dev.skilltree.grading;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a challenge asks for, and so which grader decides it. */
public enum ChallengeKind {
    /** Checks on the learner's functions and classes, compared with the reference's results. */
    UNIT,
    /** The learner's program against the reference on the same workload, timed from outside. */
    PERF,
    /** Peak memory of the learner's process tree, as the kernel counts it. */
    MEMORY,
    /** Several learner processes under injected faults; invariants checked from outside. */
    FAULT,
    /** The learner's server, driven by a trusted client over loopback. */
    SERVICE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ChallengeKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
