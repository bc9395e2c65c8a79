package dev.skilltree.progress;

import dev.skilltree.config.Database;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The evidence table: a learner's first pass of each challenge, on each node the challenge proves. */
@Repository
class EvidenceRepository {

    private final JdbcClient jdbc;

    EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the evidence unless that challenge already left some on that node: the first pass is kept. */
    void add(long userId, String nodeId, String challenge, long submissionId, java.time.Instant at) {
        jdbc.sql("""
                        insert into evidence (user_id, node_id, challenge_slug, submission_id, passed_at)
                        select ?, ?, ?, ?, ? where not exists (
                            select 1 from evidence where user_id = ? and node_id = ? and challenge_slug = ?)""")
                .params(userId, nodeId, challenge, submissionId, Database.utc(at), userId, nodeId, challenge)
                .update();
    }

    /** The nodes on which the learner has evidence. */
    List<String> nodes(long userId) {
        return jdbc.sql("select distinct node_id from evidence where user_id = ?")
                .param(userId)
                .query(String.class)
                .list();
    }

    /** Each node's challenges the learner has passed, as node id to challenge slugs. */
    Map<String, Set<String>> passed(long userId) {
        Map<String, Set<String>> passed = new HashMap<>();
        jdbc.sql("select node_id, challenge_slug from evidence where user_id = ?")
                .param(userId)
                .query(rs -> {
                    passed.computeIfAbsent(rs.getString(1), n -> new HashSet<>())
                            .add(rs.getString(2));
                });
        return passed;
    }

    List<Evidence> of(long userId, String nodeId) {
        return jdbc.sql("""
                        select node_id, challenge_slug, submission_id, passed_at from evidence
                        where user_id = ? and node_id = ? order by passed_at""")
                .params(userId, nodeId)
                .query((rs, row) -> new Evidence(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Each challenge the learner has passed, with its first pass, the latest first. */
    List<Evidence> firstPasses(long userId) {
        return jdbc.sql("""
                        select challenge_slug, min(submission_id), min(passed_at) from evidence
                        where user_id = ? group by challenge_slug order by min(passed_at) desc, challenge_slug""")
                .param(userId)
                .query((rs, row) -> new Evidence(
                        null,
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }
}
