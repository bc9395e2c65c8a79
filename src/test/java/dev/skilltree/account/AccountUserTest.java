package dev.skilltree.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.web.Viewer;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class AccountUserTest {

    private static AccountUser user(Role role, String hash) {
        return new AccountUser(new Account(7, "ada", role, Instant.parse("2026-01-01T00:00:00Z")), hash);
    }

    @Test
    void showsThePagesWhoIsSignedIn() {
        assertThat(user(Role.MENTOR, "").viewer()).isEqualTo(new Viewer(7, "ada", "MENTOR"));
        assertThat(user(Role.ADMIN, "").viewer().isAdmin()).isTrue();
    }

    @Test
    void holdsExactlyTheAuthorityOfItsRole() {
        assertThat(user(Role.LEARNER, "").getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_LEARNER");
    }

    @Test
    void offersTheHashForSignInAndTheUsernameAsItsName() {
        AccountUser user = user(Role.LEARNER, "{bcrypt}$2a$04$abc");

        assertThat(user.getPassword()).isEqualTo("{bcrypt}$2a$04$abc");
        assertThat(user.getUsername()).isEqualTo("ada");
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.isAccountNonLocked()).isTrue();
    }
}
