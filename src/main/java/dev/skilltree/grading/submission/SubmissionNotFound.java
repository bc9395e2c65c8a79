package dev.skilltree.grading.submission;

/** No such submission, or not one the caller may see: both are answered alike, so nothing leaks. */
public class SubmissionNotFound extends RuntimeException {

    private SubmissionNotFound(String message) {
        super(message);
    }

    static SubmissionNotFound forId(long id) {
        return new SubmissionNotFound("There is no submission " + id + " that you can see.");
    }
}
