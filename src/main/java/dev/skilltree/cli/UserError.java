package dev.skilltree.cli;

/** A mistake in how a command was called, said to the user as it is. */
final class UserError extends RuntimeException {

    private UserError(String message) {
        super(message);
    }

    static UserError missing(String what) {
        return new UserError("missing " + what);
    }

    static UserError cannotRead(java.nio.file.Path file, String reason) {
        return new UserError("cannot read " + file + ": " + reason);
    }

    static UserError cannotWrite(java.nio.file.Path file, String reason) {
        return new UserError("cannot write " + file + ": " + reason);
    }

    static UserError of(String message) {
        return new UserError(message);
    }
}
