package dev.skilltree.plan;

import dev.skilltree.config.Database;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The study_plan rows and their versions; the JSON columns are written and read by {@link PlanService}. */
@Repository
class PlanRepository {

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored version of a plan, its JSON columns as text. */
    record Version(
            long planId,
            String roadmapId,
            int version,
            String settings,
            String learnerState,
            String blocks,
            Instant createdAt) {}

    long insert(long userId, String roadmapId, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into study_plan (user_id, roadmap_id, version, created_at, updated_at) values (?, ?, 0, ?, ?)")
                .params(userId, roadmapId, Database.utc(at), Database.utc(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    void addVersion(long planId, int version, String settings, String state, String blocks, Instant at) {
        jdbc.sql("""
                        insert into study_plan_version (plan_id, version, settings, learner_state, blocks, created_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(planId, version, settings, state, blocks, Database.utc(at))
                .update();
        jdbc.sql("update study_plan set version = ?, updated_at = ? where id = ?")
                .params(version, Database.utc(at), planId)
                .update();
    }

    /** The latest version of the learner's plan {@code planId}; empty when there is no such plan of theirs. */
    Optional<Version> latest(long userId, long planId) {
        return jdbc.sql(SELECT + " where p.user_id = ? and p.id = ?")
                .params(userId, planId)
                .query(PlanRepository::version)
                .optional();
    }

    /** The latest version of the learner's most recently created or re-planned plan. */
    Optional<Version> active(long userId) {
        return jdbc.sql(SELECT + " where p.user_id = ? order by p.updated_at desc, p.id desc fetch first 1 rows only")
                .param(userId)
                .query(PlanRepository::version)
                .optional();
    }

    /** When each version of a plan was made, oldest first. */
    List<Instant> versionTimes(long planId) {
        return jdbc.sql("select created_at from study_plan_version where plan_id = ? order by version")
                .param(planId)
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .list();
    }

    private static final String SELECT = """
            select p.id, p.roadmap_id, v.version, v.settings, v.learner_state, v.blocks, v.created_at
            from study_plan p join study_plan_version v on v.plan_id = p.id and v.version = p.version""";

    private static Version version(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Version(
                rs.getLong(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getObject(7, OffsetDateTime.class).toInstant());
    }
}
