package dev.skilltree.grading.job;

import dev.skilltree.config.Database;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The grading nodes' heartbeats, one row per node, each written only by its node. */
@Repository
class GradingNodeRepository {

    private final JdbcClient jdbc;

    GradingNodeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the node's row: an update, then an insert when there was none. Only the node itself writes its row, so
     * the two never race; the same SQL runs on H2 and PostgreSQL.
     */
    void save(GradingNode node) {
        Map<String, Object> row = new HashMap<>();
        row.put("name", node.name());
        row.put("role", node.role());
        row.put("isolation", node.isolation());
        row.put("python", node.python());
        row.put("slots", node.slots());
        row.put("running", node.running());
        row.put("startedAt", Database.utc(node.startedAt()));
        row.put("heartbeatAt", Database.utc(node.heartbeatAt()));
        int updated = jdbc.sql("""
                        update grading_node set role = :role, isolation = :isolation, python = :python,
                            slots = :slots, running = :running, started_at = :startedAt, heartbeat_at = :heartbeatAt
                        where name = :name""").params(row).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into grading_node (name, role, isolation, python, slots, running, started_at,
                                heartbeat_at)
                            values (:name, :role, :isolation, :python, :slots, :running, :startedAt, :heartbeatAt)""").params(row).update();
        }
    }

    /** Every node that has a row, by name. */
    List<GradingNode> findAll() {
        return jdbc.sql("""
                        select name, role, isolation, python, slots, running, started_at, heartbeat_at
                        from grading_node order by name""")
                .query((rs, n) -> new GradingNode(
                        rs.getString("name"),
                        rs.getString("role"),
                        rs.getString("isolation"),
                        rs.getString("python"),
                        rs.getInt("slots"),
                        rs.getInt("running"),
                        rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("heartbeat_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Whether any node's last heartbeat is at or after {@code since}. */
    boolean anyHeardSince(Instant since) {
        return jdbc.sql("select count(*) from grading_node where heartbeat_at >= ?")
                        .param(Database.utc(since))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Removes the nodes silent since before {@code before}; how many. */
    int deleteSilentSince(Instant before) {
        return jdbc.sql("delete from grading_node where heartbeat_at < ?")
                .param(Database.utc(before))
                .update();
    }
}
