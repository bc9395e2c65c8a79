package dev.skilltree.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class ThrottledAuthenticationProviderTest {

    private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
    private static final String PASSWORD = "correct horse battery";
    private static final Map<String, AccountUser> USERS = Map.of(
            "ada", user(1, "ada", Role.MENTOR),
            "bob", user(2, "bob", Role.LEARNER));

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    /** Refuses from the 3rd failure; no delay, so that no test waits. */
    private final LoginThrottle throttle = new LoginThrottle(clock, 1, 3, Duration.ZERO, Duration.ofMinutes(15));

    private final ThrottledAuthenticationProvider provider =
            new ThrottledAuthenticationProvider(passwords(), throttle, clock);

    private static AccountUser user(long id, String username, Role role) {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        return new AccountUser(new Account(id, username, role, NOW.minus(Duration.ofDays(30))), hash);
    }

    /** Spring's own password check over an in-memory user list, as the server builds it over the database. */
    private static DaoAuthenticationProvider passwords() {
        UserDetailsService users = username -> Optional.ofNullable(USERS.get(username))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        dao.setPasswordEncoder(encoder);
        return dao;
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password, String address) {
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    private void failTimes(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> provider.authenticate(attempt(username, "wrong password!", address)))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void signsInWithTheRightPasswordAndKeepsNoHashInThePrincipal() {
        Authentication result = provider.authenticate(attempt("ada", PASSWORD, "10.0.0.1"));

        assertThat(result.isAuthenticated()).isTrue();
        AccountUser principal = (AccountUser) result.getPrincipal();
        assertThat(principal.account().username()).isEqualTo("ada");
        assertThat(principal.getPassword()).isEmpty();
        assertThat(result.getCredentials()).isNull();
        assertThat(result.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_MENTOR");
    }

    @Test
    void refusesEvenTheRightPasswordAfterTooManyFailures() {
        failTimes("ada", "10.0.0.1", 3);

        assertThatThrownBy(() -> provider.authenticate(attempt("ada", PASSWORD, "10.0.0.2")))
                .isInstanceOfSatisfying(LoginThrottled.class, e -> {
                    assertThat(e.until()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
                    assertThat(e).hasMessage("Too many failed sign-ins. Try again in 15 minute(s).");
                });
        assertThat(provider.authenticate(attempt("bob", PASSWORD, "10.0.0.2")).isAuthenticated())
                .as("another user is not affected")
                .isTrue();
    }

    @Test
    void countsFailuresForUnknownUsersTooWithoutSayingTheyAreUnknown() {
        failTimes("mallory", "10.0.0.1", 3);

        assertThatThrownBy(() -> provider.authenticate(attempt("mallory", "anything at all", "10.0.0.1")))
                .isInstanceOf(LoginThrottled.class);
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        failTimes("ada", "10.0.0.1", 2);
        provider.authenticate(attempt("ada", PASSWORD, "10.0.0.1"));
        failTimes("ada", "10.0.0.1", 2);

        assertThat(provider.authenticate(attempt("ada", PASSWORD, "10.0.0.1")).isAuthenticated())
                .isTrue();
    }

    @Test
    void refusesAnAddressThatFailedForManyUsers() {
        for (int i = 0; i < 15; i++) {
            failTimes("guess" + i, "10.0.0.66", 1);
        }

        assertThatThrownBy(() -> provider.authenticate(attempt("bob", PASSWORD, "10.0.0.66")))
                .isInstanceOf(LoginThrottled.class);
        assertThat(provider.authenticate(attempt("bob", PASSWORD, "10.0.0.7")).isAuthenticated())
                .isTrue();
    }

    @Test
    void handlesOnlyUsernameAndPasswordAttempts() {
        assertThat(provider.supports(UsernamePasswordAuthenticationToken.class)).isTrue();
        assertThat(provider.supports(TestingAuthenticationToken.class)).isFalse();
    }
}
