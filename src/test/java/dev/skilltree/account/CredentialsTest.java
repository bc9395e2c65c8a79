package dev.skilltree.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialsTest {

    @Test
    void storesAUsernameTrimmedAndInLowerCase() {
        assertThat(Credentials.normalizeUsername("  Ada.Lovelace_1 ")).isEqualTo("ada.lovelace_1");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"ab", "ada lovelace", "-ada", ".ada", "ada!", "ädä", "a23456789012345678901234567890123", ""})
    void refusesAUsernameOutsideTheAllowedShape(String raw) {
        assertThatThrownBy(() -> Credentials.normalizeUsername(raw))
                .isInstanceOfSatisfying(
                        InvalidAccount.class, e -> assertThat(e.code()).isEqualTo("username.format"));
    }

    @Test
    void refusesAMissingUsername() {
        assertThatThrownBy(() -> Credentials.normalizeUsername(null)).isInstanceOf(InvalidAccount.class);
    }

    @Test
    void acceptsAUsernameOfThreeToThirtyTwoCharacters() {
        assertThat(Credentials.normalizeUsername("abc")).isEqualTo("abc");
        assertThat(Credentials.normalizeUsername("a".repeat(32))).hasSize(32);
    }

    @Test
    void acceptsALongUnusualPassword() {
        assertThatCode(() -> Credentials.checkPassword("ada", "correct horse battery"))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAPasswordUnderTenCharacters() {
        assertThatThrownBy(() -> Credentials.checkPassword("ada", "kx7-Qp2!z"))
                .isInstanceOfSatisfying(InvalidAccount.class, e -> {
                    assertThat(e.code()).isEqualTo("password.short");
                    assertThat(e).hasMessageContaining("at least 10 characters");
                });
    }

    @Test
    void countsCharactersNotUtf16UnitsForTheMinimum() {
        // nine emoji are eighteen UTF-16 units but nine characters
        assertThatThrownBy(() -> Credentials.checkPassword("ada", "🍎🍐🍊🍋🍌🍉🍇🍓🫐"))
                .isInstanceOfSatisfying(
                        InvalidAccount.class, e -> assertThat(e.code()).isEqualTo("password.short"));
    }

    @Test
    void refusesAPasswordOverSeventyTwoBytesRatherThanTruncatingIt() {
        String cjk = "密码很长的一句话".repeat(4); // 32 characters, 96 bytes in UTF-8

        assertThatThrownBy(() -> Credentials.checkPassword("ada", cjk))
                .isInstanceOfSatisfying(
                        InvalidAccount.class, e -> assertThat(e.code()).isEqualTo("password.long"));
        assertThatThrownBy(() -> Credentials.checkPassword("ada", "abcdefghijkl".repeat(6) + "m"))
                .as("73 ASCII bytes")
                .isInstanceOfSatisfying(
                        InvalidAccount.class, e -> assertThat(e.code()).isEqualTo("password.long"));
        assertThatCode(() -> Credentials.checkPassword("ada", "abcdefghijkl".repeat(6)))
                .as("72 ASCII bytes")
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Password123", "QWERTYUIOP", "skilltree1", "aaaaaaaaaaaa", "abababababab", "abcabcabcabc"})
    void refusesACommonOrRepetitivePassword(String password) {
        assertThatThrownBy(() -> Credentials.checkPassword("ada", password))
                .isInstanceOfSatisfying(
                        InvalidAccount.class, e -> assertThat(e.code()).isEqualTo("password.weak"));
    }

    @Test
    void refusesAPasswordThatContainsTheUsername() {
        assertThatThrownBy(() -> Credentials.checkPassword("lovelace", "my-LOVELACE-pass"))
                .isInstanceOfSatisfying(
                        InvalidAccount.class, e -> assertThat(e.code()).isEqualTo("password.weak"));
    }

    @Test
    void treatsAMissingPasswordAsTooShort() {
        assertThatThrownBy(() -> Credentials.checkPassword("ada", null))
                .isInstanceOfSatisfying(
                        InvalidAccount.class, e -> assertThat(e.code()).isEqualTo("password.short"));
    }
}
