package dev.skilltree.progress;

import dev.skilltree.config.Database;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProgressRepository {

    private final JdbcClient jdbc;

    ProgressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Status> statuses(long userId, String roadmapId) {
        Map<String, Status> statuses = new HashMap<>();
        jdbc.sql("select node_id, status from progress where user_id = ? and roadmap_id = ?")
                .params(userId, roadmapId)
                .query(rs -> {
                    statuses.put(rs.getString(1), Status.valueOf(rs.getString(2)));
                });
        return statuses;
    }

    Optional<Status> status(long userId, String roadmapId, String nodeId) {
        return jdbc.sql("select status from progress where user_id = ? and roadmap_id = ? and node_id = ?")
                .params(userId, roadmapId, nodeId)
                .query((rs, row) -> Status.valueOf(rs.getString(1)))
                .optional();
    }

    void put(long userId, String roadmapId, String nodeId, Status status, Instant at) {
        int updated = jdbc.sql(
                        "update progress set status = ?, updated_at = ? where user_id = ? and roadmap_id = ? and node_id = ?")
                .params(status.name(), Database.utc(at), userId, roadmapId, nodeId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into progress (user_id, roadmap_id, node_id, status, updated_at) values (?, ?, ?, ?, ?)")
                    .params(userId, roadmapId, nodeId, status.name(), Database.utc(at))
                    .update();
        }
    }

    void record(long userId, String roadmapId, ProgressEvent event) {
        jdbc.sql("""
                        insert into progress_event (user_id, roadmap_id, node_id, from_status, to_status, at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        userId,
                        roadmapId,
                        event.nodeId(),
                        event.from().name(),
                        event.to().name(),
                        Database.utc(event.at()))
                .update();
    }

    List<ProgressEvent> history(long userId, String roadmapId) {
        return jdbc.sql("""
                        select node_id, from_status, to_status, at from progress_event
                        where user_id = ? and roadmap_id = ? order by at, id""")
                .params(userId, roadmapId)
                .query((rs, row) -> new ProgressEvent(
                        rs.getString(1),
                        Status.valueOf(rs.getString(2)),
                        Status.valueOf(rs.getString(3)),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    Optional<String> note(long userId, String roadmapId, String nodeId) {
        return jdbc.sql("select body from note where user_id = ? and roadmap_id = ? and node_id = ?")
                .params(userId, roadmapId, nodeId)
                .query(String.class)
                .optional();
    }

    Map<String, String> notes(long userId, String roadmapId) {
        Map<String, String> notes = new HashMap<>();
        jdbc.sql("select node_id, body from note where user_id = ? and roadmap_id = ?")
                .params(userId, roadmapId)
                .query(rs -> {
                    notes.put(rs.getString(1), rs.getString(2));
                });
        return notes;
    }

    void saveNote(long userId, String roadmapId, String nodeId, String body, Instant at) {
        jdbc.sql("delete from note where user_id = ? and roadmap_id = ? and node_id = ?")
                .params(userId, roadmapId, nodeId)
                .update();
        if (!body.isBlank()) {
            jdbc.sql("insert into note (user_id, roadmap_id, node_id, body, updated_at) values (?, ?, ?, ?, ?)")
                    .params(userId, roadmapId, nodeId, body, Database.utc(at))
                    .update();
        }
    }
}
