package dev.skilltree.grading.catalog;

import dev.skilltree.config.Database;
import dev.skilltree.config.InstallLock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Challenge folders as stored: every file as JSON, with a hash of the whole. */
@Repository
public class ChallengeRepository {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> FILES = new TypeReference<>() {};

    public record Stored(String slug, Map<String, String> files, String contentHash, boolean builtIn) {}

    private final JdbcClient jdbc;

    public ChallengeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for, then holds until the transaction ends, the lock nodes take to install the built-in content. */
    public void lockInstalls() {
        InstallLock.hold(jdbc);
    }

    public Optional<String> contentHash(String slug) {
        return jdbc.sql("select content_hash from challenge where slug = ?")
                .param(slug)
                .query(String.class)
                .optional();
    }

    public Optional<Stored> find(String slug) {
        return jdbc.sql("select slug, files, content_hash, built_in from challenge where slug = ?")
                .param(slug)
                .query((rs, row) -> new Stored(
                        rs.getString(1), JSON.readValue(rs.getString(2), FILES), rs.getString(3), rs.getBoolean(4)))
                .optional();
    }

    /** Every challenge's content hash, by slug in slug order. */
    public Map<String, String> hashes() {
        Map<String, String> hashes = new java.util.LinkedHashMap<>();
        jdbc.sql("select slug, content_hash from challenge order by slug").query(rs -> {
            hashes.put(rs.getString(1), rs.getString(2));
        });
        return hashes;
    }

    public void save(String slug, Map<String, String> files, String hash, boolean builtIn, Instant at) {
        String json = JSON.writeValueAsString(files);
        int updated = jdbc.sql(
                        "update challenge set files = ?, content_hash = ?, built_in = ?, imported_at = ? where slug = ?")
                .params(json, hash, builtIn, Database.utc(at), slug)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into challenge (slug, files, content_hash, built_in, imported_at) values (?, ?, ?, ?, ?)")
                    .params(slug, json, hash, builtIn, Database.utc(at))
                    .update();
        }
    }
}
