package dev.skilltree.account;

import dev.skilltree.config.Database;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The api_token table: each token's SHA-256, never the token itself. */
@Repository
class ApiTokenRepository {

    /** An active token found by its hash. */
    record Match(long tokenId, long userId, Instant lastUsed) {}

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, String name, String hash, Instant at) {
        jdbc.sql("insert into api_token (user_id, name, token_hash, created_at) values (?, ?, ?, ?)")
                .params(userId, name, hash, Database.utc(at))
                .update();
        return jdbc.sql("select id from api_token where token_hash = ?")
                .param(hash)
                .query(Long.class)
                .single();
    }

    List<ApiToken> of(long userId) {
        return jdbc.sql("""
                        select id, name, created_at, last_used_at, revoked_at from api_token
                        where user_id = ? order by created_at desc, id desc""")
                .param(userId)
                .query((rs, row) -> new ApiToken(
                        rs.getLong("id"),
                        rs.getString("name"),
                        instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("last_used_at", OffsetDateTime.class)),
                        instant(rs.getObject("revoked_at", OffsetDateTime.class))))
                .list();
    }

    boolean revoke(long userId, long tokenId, Instant at) {
        return jdbc.sql("update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
                        .params(Database.utc(at), tokenId, userId)
                        .update()
                == 1;
    }

    Optional<Match> active(String hash) {
        return jdbc.sql("select id, user_id, last_used_at from api_token where token_hash = ? and revoked_at is null")
                .param(hash)
                .query((rs, row) ->
                        new Match(rs.getLong(1), rs.getLong(2), instant(rs.getObject(3, OffsetDateTime.class))))
                .optional();
    }

    void used(long tokenId, Instant at) {
        jdbc.sql("update api_token set last_used_at = ? where id = ?")
                .params(Database.utc(at), tokenId)
                .update();
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
