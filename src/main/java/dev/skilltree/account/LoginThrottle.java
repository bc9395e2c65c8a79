package dev.skilltree.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down and then refuses sign-in attempts after repeated failures, counted separately for each user name
 * and each client address. Counts are kept in memory per server node and forgotten after a quiet window.
 */
public class LoginThrottle {

    /** What to do with the next attempt. */
    public record Decision(Duration delay, Instant refusedUntil) {
        public boolean refused() {
            return refusedUntil != null;
        }
    }

    private record Failures(int count, Instant last) {}

    private static final int MAX_KEYS = 50_000;
    /** One address may fail this many times more often than one user name: a classroom shares an address. */
    private static final int ADDRESS_ALLOWANCE = 5;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int slowAfter;
    private final int refuseAfter;
    private final Duration baseDelay;
    private final Duration refusal;

    public LoginThrottle(Clock clock, int slowAfter, int refuseAfter, Duration baseDelay, Duration refusal) {
        this.clock = clock;
        this.slowAfter = slowAfter;
        this.refuseAfter = refuseAfter;
        this.baseDelay = baseDelay;
        this.refusal = refusal;
    }

    public Decision check(String username, String address) {
        Instant now = clock.instant();
        String user = userKey(username);
        String from = addressKey(address);
        int worst = Math.max(count(user, now), count(from, now) / ADDRESS_ALLOWANCE);
        if (worst >= refuseAfter) {
            return new Decision(Duration.ZERO, latest(user, from).plus(refusal));
        }
        if (worst >= slowAfter) {
            long factor = 1L << Math.min(worst - slowAfter, 4);
            return new Decision(baseDelay.multipliedBy(factor), null);
        }
        return new Decision(Duration.ZERO, null);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.entrySet().removeIf(e -> expired(e.getValue(), now));
        }
        for (String key : new String[] {userKey(username), addressKey(address)}) {
            failures.merge(
                    key,
                    new Failures(1, now),
                    (old, one) -> new Failures(expired(old, now) ? 1 : old.count() + 1, now));
        }
    }

    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private int count(String key, Instant now) {
        Failures f = failures.get(key);
        return f == null || expired(f, now) ? 0 : f.count();
    }

    private Instant latest(String userKey, String addressKey) {
        Failures a = failures.get(userKey);
        Failures b = failures.get(addressKey);
        Instant left = a == null ? Instant.EPOCH : a.last();
        Instant right = b == null ? Instant.EPOCH : b.last();
        return left.isAfter(right) ? left : right;
    }

    private boolean expired(Failures f, Instant now) {
        return f.last().plus(refusal).isBefore(now);
    }

    private static String userKey(String username) {
        return "u:" + (username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
