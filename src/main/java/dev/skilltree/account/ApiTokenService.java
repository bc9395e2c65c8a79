package dev.skilltree.account;

import dev.skilltree.config.Digests;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens, sent as {@code Authorization: Bearer st_…}. Only a SHA-256 of each token is stored: the
 * tokens are 256 random bits, so a fast hash is enough and keeps every API call cheap.
 */
@Service
public class ApiTokenService {

    static final String PREFIX = "st_";
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final Clock clock;
    private final SecureRandom random;

    ApiTokenService(ApiTokenRepository tokens, AccountRepository accounts, Clock clock, SecureRandom random) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
        this.random = random;
    }

    @Transactional
    public ApiToken.Issued create(long userId, String name) {
        String label = name == null || name.isBlank() ? "token" : name.strip();
        String trimmed = label.length() > 80 ? label.substring(0, 80) : label;
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = tokens.insert(userId, trimmed, Digests.sha256Hex(secret), clock.instant());
        return new ApiToken.Issued(id, trimmed, secret);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> list(long userId) {
        return tokens.of(userId);
    }

    /** Revokes one of the user's own tokens; false when the user has no such active token. */
    @Transactional
    public boolean revoke(long userId, long tokenId) {
        return tokens.revoke(userId, tokenId, clock.instant());
    }

    /** The account an active token belongs to; its last use is recorded to the minute. */
    @Transactional
    public Optional<Account> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiTokenRepository.Match> match = tokens.active(Digests.sha256Hex(secret));
        if (match.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant lastUsed = match.get().lastUsed();
        if (lastUsed == null || lastUsed.plus(LAST_USED_GRANULARITY).isBefore(now)) {
            tokens.used(match.get().tokenId(), now);
        }
        return accounts.find(match.get().userId());
    }
}
