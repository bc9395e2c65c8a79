package dev.skilltree.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidAccountTest {

    @Test
    void namesTheTakenUsernameOnTheUsernameField() {
        InvalidAccount e = InvalidAccount.usernameTaken("ada");

        assertThat(e.field()).isEqualTo("username");
        assertThat(e.code()).isEqualTo("username.taken");
        assertThat(e).hasMessage("The user name 'ada' is already taken.");
    }

    @Test
    void saysWhatAUsernameMayContain() {
        InvalidAccount e = InvalidAccount.badUsername();

        assertThat(e.code()).isEqualTo("username.format");
        assertThat(e.getMessage()).contains("3 to 32 characters", "lower-case letters, digits");
    }

    @Test
    void givesThePasswordLimitsInTheMessage() {
        assertThat(InvalidAccount.passwordTooShort(10))
                .hasMessageContaining("at least 10 characters")
                .extracting(InvalidAccount::code)
                .isEqualTo("password.short");
        assertThat(InvalidAccount.passwordTooLong(72))
                .hasMessageContaining("at most 72 bytes")
                .extracting(InvalidAccount::code)
                .isEqualTo("password.long");
        assertThat(InvalidAccount.passwordTooCommon().code()).isEqualTo("password.weak");
    }

    @Test
    void namesTheUnknownUser() {
        InvalidAccount e = InvalidAccount.noSuchUser("bob");

        assertThat(e.field()).isEqualTo("username");
        assertThat(e.code()).isEqualTo("username.unknown");
        assertThat(e).hasMessage("There is no user named 'bob'.");
    }
}
