package dev.skilltree.grading.submission;

/** A transition asked of a submission that is already finished: its verdict is written once. */
final class SubmissionFinished extends IllegalStateException {

    private SubmissionFinished(String message) {
        super(message);
    }

    static SubmissionFinished cannot(String transition, long id) {
        return new SubmissionFinished("submission " + id + " is finished; it cannot " + transition + " again");
    }
}
