package dev.skilltree.grading;

/** Submitted files that cannot be graded: a bad path, a name the challenge does not take, or too much. */
public class InvalidSubmission extends RuntimeException {

    private final boolean tooLarge;

    private InvalidSubmission(String message) {
        this(message, false);
    }

    private InvalidSubmission(String message, boolean tooLarge) {
        super(message);
        this.tooLarge = tooLarge;
    }

    /** Over the file count or size limits, rather than malformed. */
    public boolean tooLarge() {
        return tooLarge;
    }

    public static InvalidSubmission badPath(String path) {
        return new InvalidSubmission("'" + path + "' is not allowed: use a plain relative file name, without '..'");
    }

    public static InvalidSubmission unexpectedFile(String path, java.util.Set<String> allowed) {
        return new InvalidSubmission(
                "'" + path + "' is not a file of this challenge; submit " + String.join(", ", allowed));
    }

    public static InvalidSubmission tooLarge(int files, long bytes) {
        return new InvalidSubmission(
                "a submission may have at most 20 files and 256 KB; this one has " + files + " files and " + bytes
                        + " bytes",
                true);
    }

    public static InvalidSubmission missing(String path) {
        return new InvalidSubmission("'" + path + "' is missing from the submission");
    }

    public static InvalidSubmission notText(String path) {
        return new InvalidSubmission("files." + path + " must be the file's text, not null");
    }
}
