package dev.skilltree.progress;

/** A status that is not one of todo, learning, done and skipped; or a progress file that cannot be read. */
public class InvalidProgress extends RuntimeException {

    private InvalidProgress(String message) {
        super(message);
    }

    public static InvalidProgress unknownStatus(String status) {
        return new InvalidProgress("Unknown status '" + status + "'; use one of todo, learning, done, skipped.");
    }

    public static InvalidProgress noteTooLong(int max) {
        return new InvalidProgress("The note is too long: at most " + max + " characters.");
    }

    public static InvalidProgress unreadable(String where, String what) {
        return new InvalidProgress("Cannot import progress: " + where + ": " + what);
    }
}
