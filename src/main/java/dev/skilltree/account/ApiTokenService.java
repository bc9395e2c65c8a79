package dev.skilltree.account;

import dev.skilltree.config.Database;
import dev.skilltree.config.Digests;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Personal API tokens, sent as {@code Authorization: Bearer st_…}. Only a SHA-256 of each token is stored: the
 * tokens are 256 random bits, so a fast hash is enough and keeps every API call cheap.
 */
public class ApiTokenService {

    static final String PREFIX = "st_";
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final TransactionOperations transactions;
    private final Clock clock;
    private final SecureRandom random;

    public ApiTokenService(
            DataSource dataSource, TransactionOperations transactions, Clock clock, SecureRandom random) {
        this.jdbc = JdbcClient.create(dataSource);
        this.accounts = new AccountRepository(jdbc);
        this.transactions = transactions;
        this.clock = clock;
        this.random = random;
    }

    public ApiToken.Issued create(long userId, String name) {
        String label = name == null || name.isBlank() ? "token" : name.strip();
        String trimmed = label.length() > 80 ? label.substring(0, 80) : label;
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = Digests.sha256Hex(secret);
        return transactions.execute(status -> {
            jdbc.sql("insert into api_token (user_id, name, token_hash, created_at) values (?, ?, ?, ?)")
                    .params(userId, trimmed, hash, Database.utc(clock.instant()))
                    .update();
            long id = jdbc.sql("select id from api_token where token_hash = ?")
                    .param(hash)
                    .query(Long.class)
                    .single();
            return new ApiToken.Issued(id, trimmed, secret);
        });
    }

    public List<ApiToken> list(long userId) {
        return transactions.execute(status -> jdbc.sql("""
                        select id, name, created_at, last_used_at, revoked_at from api_token
                        where user_id = ? order by created_at desc, id desc""")
                .param(userId)
                .query((rs, row) -> new ApiToken(
                        rs.getLong("id"),
                        rs.getString("name"),
                        instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("last_used_at", OffsetDateTime.class)),
                        instant(rs.getObject("revoked_at", OffsetDateTime.class))))
                .list());
    }

    /** Revokes one of the user's own tokens; false when the user has no such active token. */
    public boolean revoke(long userId, long tokenId) {
        return transactions.execute(status ->
                jdbc.sql("update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
                                .params(Database.utc(clock.instant()), tokenId, userId)
                                .update()
                        == 1);
    }

    /** The account an active token belongs to. */
    public Optional<Account> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = Digests.sha256Hex(secret);
        return transactions.execute(status -> {
            record Match(long tokenId, long userId, OffsetDateTime lastUsed) {}
            Optional<Match> match = jdbc.sql(
                            "select id, user_id, last_used_at from api_token where token_hash = ? and revoked_at is null")
                    .param(hash)
                    .query((rs, row) -> new Match(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class)))
                    .optional();
            if (match.isEmpty()) {
                return Optional.empty();
            }
            Instant now = clock.instant();
            OffsetDateTime lastUsed = match.get().lastUsed();
            if (lastUsed == null
                    || lastUsed.toInstant().plus(LAST_USED_GRANULARITY).isBefore(now)) {
                jdbc.sql("update api_token set last_used_at = ? where id = ?")
                        .params(Database.utc(now), match.get().tokenId())
                        .update();
            }
            return accounts.find(match.get().userId());
        });
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
