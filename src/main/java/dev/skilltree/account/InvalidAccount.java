package dev.skilltree.account;

/** Registration or sign-in input that cannot be accepted; {@link #field()} names the form field at fault. */
public class InvalidAccount extends RuntimeException {

    private final String field;
    private final String code;

    private InvalidAccount(String field, String code, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    public static InvalidAccount usernameTaken(String username) {
        return new InvalidAccount("username", "taken", "The user name '" + username + "' is already taken.");
    }

    public static InvalidAccount badUsername() {
        return new InvalidAccount(
                "username",
                "format",
                "A user name has 3 to 32 characters: lower-case letters, digits, '.', '_' or '-', starting with a"
                        + " letter or digit.");
    }

    public static InvalidAccount passwordTooShort(int minimum) {
        return new InvalidAccount(
                "password", "short", "The password is too short: use at least " + minimum + " characters.");
    }

    public static InvalidAccount passwordTooLong(int maximumBytes) {
        return new InvalidAccount(
                "password",
                "long",
                "The password is too long: at most " + maximumBytes + " bytes (UTF-8) are allowed.");
    }

    public static InvalidAccount passwordTooCommon() {
        return new InvalidAccount(
                "password", "weak", "The password is too easy to guess (common, repetitive or your user name).");
    }

    public static InvalidAccount noSuchUser(String username) {
        return new InvalidAccount("username", "unknown", "There is no user named '" + username + "'.");
    }

    public String field() {
        return field;
    }

    /** A stable key for the message, used by the pages to show it in the reader's language. */
    public String code() {
        return field + "." + code;
    }
}
