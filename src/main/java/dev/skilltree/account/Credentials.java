package dev.skilltree.account;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules a new user name and password must meet; checked before anything is written. */
final class Credentials {

    static final int MIN_PASSWORD = 10;
    /** bcrypt reads at most 72 bytes; longer passwords are refused rather than silently truncated. */
    static final int MAX_PASSWORD_BYTES = 72;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");
    private static final Set<String> COMMON = Set.of(
            "password",
            "password1",
            "password12",
            "password123",
            "1234567890",
            "0123456789",
            "qwertyuiop",
            "qwertyuiop1",
            "iloveyou12",
            "letmein123",
            "welcome123",
            "administrator",
            "abcdefghij",
            "1q2w3e4r5t",
            "passw0rd12",
            "trustno1234",
            "skilltree1",
            "skilltree123",
            "python1234",
            "football12",
            "baseball12",
            "sunshine12",
            "princess12",
            "dragon1234",
            "monkey1234");

    private Credentials() {}

    static String normalizeUsername(String raw) {
        String username = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw InvalidAccount.badUsername();
        }
        return username;
    }

    static void checkPassword(String username, String password) {
        String value = password == null ? "" : password;
        if (value.codePointCount(0, value.length()) < MIN_PASSWORD) {
            throw InvalidAccount.passwordTooShort(MIN_PASSWORD);
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw InvalidAccount.passwordTooLong(MAX_PASSWORD_BYTES);
        }
        String lower = value.toLowerCase(Locale.ROOT);
        boolean repetitive = lower.codePoints().distinct().count() < 4;
        if (repetitive || COMMON.contains(lower) || lower.contains(username)) {
            throw InvalidAccount.passwordTooCommon();
        }
    }
}
