package dev.skilltree.grading.submission;

/**
 * Where an accepted submission waits until a node grades it. The jobs side provides it; submissions only put work in
 * and ask whether anyone takes it out.
 */
public interface GradingQueue {

    /** Queues the submission's grading, in the caller's transaction. */
    void schedule(long submissionId);

    /** Looks for queued gradings now instead of at the next poll. */
    void wake();

    /** Whether some node grades submissions now, as far as this node can tell; a submission is queued either way. */
    boolean anyNodeGrades();
}
