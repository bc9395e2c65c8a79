package dev.skilltree.grading.submission;

import dev.skilltree.config.Database;
import dev.skilltree.grading.ChallengeStanding;
import dev.skilltree.grading.GradeResult;
import dev.skilltree.grading.TestOutcome;
import dev.skilltree.grading.Verdict;
import dev.skilltree.grading.catalog.ChallengeRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** Submissions: the learner's files, their status and, once graded, their result. */
@Repository
public class SubmissionRepository {

    private static final TypeReference<Map<String, String>> FILES = new TypeReference<>() {};
    private static final TypeReference<List<TestOutcome>> TESTS = new TypeReference<>() {};
    private static final String COLUMNS = """
            id, user_id, challenge_slug, files, status, verdict, message, tests, attempts, run_millis, queued_at,
            started_at, finished_at""";

    private final JdbcClient jdbc;

    SubmissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long userId, String challenge, Map<String, String> files, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into submission (user_id, challenge_slug, files, status, queued_at)
                        values (?, ?, ?, 'QUEUED', ?)""")
                .params(userId, challenge, ChallengeRepository.JSON.writeValueAsString(files), Database.utc(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Submissions no worker has taken up yet, on any node. */
    public long queued() {
        return jdbc.sql("select count(*) from submission where status = 'QUEUED'")
                .query(Long.class)
                .single();
    }

    /**
     * Locks the learner's account row until the transaction ends, so that the learner's submits are counted and
     * written one at a time, on H2 and PostgreSQL alike. It reads the row and writes nothing.
     */
    void lockLearner(long userId) {
        jdbc.sql("select id from app_user where id = ? for update")
                .param(userId)
                .query(Long.class)
                .single();
    }

    /** Every submission queued or being graded, oldest first; the per-learner cap keeps this list short. */
    public List<InFlight> inFlight() {
        return jdbc.sql("select id, user_id, challenge_slug, status, queued_at, started_at from submission"
                        + " where status in ('QUEUED', 'STARTED') order by id")
                .query((rs, row) -> inFlight(rs))
                .list();
    }

    /** The learner's submissions queued or being graded, oldest first. */
    public List<InFlight> inFlight(long userId) {
        return jdbc.sql("select id, user_id, challenge_slug, status, queued_at, started_at from submission"
                        + " where status in ('QUEUED', 'STARTED') and user_id = ? order by id")
                .param(userId)
                .query((rs, row) -> inFlight(rs))
                .list();
    }

    public Optional<Submission> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from submission where id = ?")
                .param(id)
                .query((rs, row) -> map(rs))
                .optional();
    }

    List<Submission> recent(long userId, String challenge, int limit) {
        return jdbc.sql("select " + COLUMNS + " from submission where user_id = ? and challenge_slug = ?"
                        + " order by id desc fetch first " + limit + " rows only")
                .params(userId, challenge)
                .query((rs, row) -> map(rs))
                .list();
    }

    /**
     * Each challenge the learner has a finished submission of: passed when one passed, else failed. A submission our
     * sandbox could not grade is not the learner's failure.
     */
    Map<String, ChallengeStanding> standings(long userId) {
        Map<String, ChallengeStanding> standings = new HashMap<>();
        jdbc.sql("""
                        select challenge_slug, max(case when verdict = 'PASSED' then 1 else 0 end) from submission
                        where user_id = ? and status = 'FINISHED' and verdict <> 'SANDBOX_ERROR'
                        group by challenge_slug""").param(userId).query(rs -> {
            standings.put(rs.getString(1), rs.getInt(2) == 1 ? ChallengeStanding.PASSED : ChallengeStanding.FAILED);
        });
        return standings;
    }

    /**
     * Stores a start ({@link Submission#start}); false when another run finished the submission meanwhile. The
     * attempt is counted in SQL, so two nodes starting the same submission both count.
     */
    public boolean start(Submission started) {
        return jdbc.sql("""
                        update submission set status = 'STARTED', attempts = attempts + 1,
                            started_at = coalesce(started_at, ?)
                        where id = ? and status <> 'FINISHED'""")
                        .params(Database.utc(started.startedAt()), started.id())
                        .update()
                == 1;
    }

    /**
     * Stores a finish ({@link Submission#finish}) once, with the node that graded it: false when another run has
     * already finished it.
     */
    public boolean finish(Submission finished, String node) {
        return finish(
                finished.id(),
                new GradeResult(finished.verdict(), finished.message(), finished.tests(), finished.runMillis()),
                finished.finishedAt(),
                node);
    }

    private boolean finish(long id, GradeResult result, Instant at, String node) {
        return jdbc.sql("""
                        update submission set status = 'FINISHED', verdict = ?, message = ?, tests = ?, run_millis = ?,
                            finished_at = ?, graded_by = ?
                        where id = ? and status <> 'FINISHED'""")
                        .params(
                                result.verdict().name(),
                                result.message(),
                                ChallengeRepository.JSON.writeValueAsString(result.tests()),
                                result.wallMillis(),
                                Database.utc(at),
                                node,
                                id)
                        .update()
                == 1;
    }

    private static Submission map(ResultSet rs) throws SQLException {
        String verdict = rs.getString("verdict");
        String tests = rs.getString("tests");
        Long runMillis = rs.getObject("run_millis", Long.class);
        return new Submission(
                rs.getLong("id"),
                rs.getLong("user_id"),
                rs.getString("challenge_slug"),
                ChallengeRepository.JSON.readValue(rs.getString("files"), FILES),
                Submission.Status.valueOf(rs.getString("status")),
                verdict == null ? null : Verdict.valueOf(verdict),
                rs.getString("message"),
                tests == null ? List.of() : ChallengeRepository.JSON.readValue(tests, TESTS),
                rs.getInt("attempts"),
                runMillis,
                instant(rs, "queued_at"),
                instant(rs, "started_at"),
                instant(rs, "finished_at"));
    }

    private static InFlight inFlight(ResultSet rs) throws SQLException {
        return new InFlight(
                rs.getLong("id"),
                rs.getLong("user_id"),
                rs.getString("challenge_slug"),
                rs.getString("status").equals("STARTED"),
                instant(rs, "queued_at"),
                instant(rs, "started_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
