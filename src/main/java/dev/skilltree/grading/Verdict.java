package dev.skilltree.grading;

public enum Verdict {
    /** Every test passed. */
    PASSED,
    /** Tests ran, and some failed. */
    FAILED,
    /** No test could run: a syntax or import error, or a crash such as unbounded recursion. */
    ERROR,
    TIME_LIMIT,
    MEMORY_LIMIT,
    OUTPUT_LIMIT,
    /** Our fault, not the learner's: retried, never shown as the learner's failure. */
    SANDBOX_ERROR
}
