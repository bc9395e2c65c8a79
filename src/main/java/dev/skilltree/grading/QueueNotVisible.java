package dev.skilltree.grading;

/** Only admins and mentors see the grading queue. */
class QueueNotVisible extends RuntimeException {

    private QueueNotVisible(String message) {
        super(message);
    }

    static QueueNotVisible to(String username) {
        return new QueueNotVisible(
                "Only admins and mentors see the grading queue, and '" + username + "' mentors no group.");
    }
}
