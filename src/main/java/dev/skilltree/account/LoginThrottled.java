package dev.skilltree.account;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** Sign-in refused for a while after too many failures. */
public class LoginThrottled extends AuthenticationException {

    private final Instant until;

    private LoginThrottled(Instant until, Instant now) {
        super("Too many failed sign-ins. Try again in " + minutes(until, now) + " minute(s).");
        this.until = until;
    }

    static LoginThrottled until(Instant until, Instant now) {
        return new LoginThrottled(until, now);
    }

    public Instant until() {
        return until;
    }

    static long minutes(Instant until, Instant now) {
        return Math.max(1, (Duration.between(now, until).getSeconds() + 59) / 60);
    }
}
