package dev.skilltree.account;

import java.time.Clock;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password sign-in behind the {@link LoginThrottle}; the authenticated principal carries no password hash. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final Clock clock;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, Clock clock) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
        LoginThrottle.Decision decision = throttle.check(username, address);
        if (decision.refused()) {
            throw LoginThrottled.until(decision.refusedUntil(), clock.instant());
        }
        pause(decision);
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.succeeded(username);
            AccountUser user = (AccountUser) result.getPrincipal();
            return UsernamePasswordAuthenticationToken.authenticated(
                    new AccountUser(user.account(), ""), null, result.getAuthorities());
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    private static void pause(LoginThrottle.Decision decision) {
        if (decision.delay().isPositive()) {
            try {
                Thread.sleep(decision.delay());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
