package dev.skilltree.review;

import dev.skilltree.config.Database;
import dev.skilltree.review.fsrs.Rating;
import dev.skilltree.review.fsrs.State;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each learner's deck with the FSRS state of every card, their review log and their desired retention. */
@Repository
class ReviewRepository {

    private static final String SCHEDULE = "s.state, s.step, s.stability, s.difficulty, s.due, s.last_review";
    private static final String DUE = "(s.due <= ? or (s.state <> 2 and s.due <= ?))";

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the cards of the given nodes the learner does not have yet, as new cards due at {@code at}; returns how
     * many. Two transactions adding the same card at once: the second fails on the primary key and is retried.
     */
    int addNodes(long userId, String roadmapId, List<String> nodeIds, Instant at) {
        if (nodeIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        insert into review_state (user_id, card_id, state, step, due, added_at)
                        select :user, c.card_id, 1, 0, :at, :at from review_card c
                        where c.roadmap_id = :roadmap and c.node_id in (:nodes) and not exists (
                            select 1 from review_state s where s.user_id = :user and s.card_id = c.card_id)""")
                .param("user", userId)
                .param("at", Database.utc(at))
                .param("roadmap", roadmapId)
                .param("nodes", nodeIds)
                .update();
    }

    /**
     * The learner's cards due by {@code now}, earliest first, with what they show; cards in (re)learning count from
     * {@code learnAhead} on, so a session does not end while a step of a few minutes is running.
     */
    List<DeckCard> due(long userId, Instant now, Instant learnAhead, int limit) {
        return jdbc.sql("select " + cardColumns() + " from review_state s join review_card c on c.card_id = s.card_id"
                        + " where s.user_id = ? and " + DUE + " order by s.due, c.position fetch first ? rows only")
                .params(userId, Database.utc(now), Database.utc(learnAhead), limit)
                .query(ReviewRepository::deckCard)
                .list();
    }

    int countDue(long userId, Instant now, Instant learnAhead) {
        return jdbc.sql("select count(*) from review_state s join review_card c on c.card_id = s.card_id"
                        + " where s.user_id = ? and " + DUE)
                .params(userId, Database.utc(now), Database.utc(learnAhead))
                .query(Integer.class)
                .single();
    }

    Optional<DeckCard> find(long userId, String cardId) {
        return jdbc.sql("select " + cardColumns() + " from review_state s join review_card c on c.card_id = s.card_id"
                        + " where s.user_id = ? and s.card_id = ?")
                .params(userId, cardId)
                .query(ReviewRepository::deckCard)
                .optional();
    }

    /** The learner's cards on one node of a roadmap, in deck order. */
    List<DeckCard> ofNode(long userId, String roadmapId, String nodeId) {
        return jdbc.sql("select " + cardColumns() + " from review_state s join review_card c on c.card_id = s.card_id"
                        + " where s.user_id = ? and c.roadmap_id = ? and c.node_id = ? order by c.position")
                .params(userId, roadmapId, nodeId)
                .query(ReviewRepository::deckCard)
                .list();
    }

    /** Roadmap, node and schedule of every card the learner holds that has been reviewed. */
    List<Held> reviewed(long userId) {
        return jdbc.sql("select c.roadmap_id, c.node_id, " + SCHEDULE + " from review_state s join review_card c"
                        + " on c.card_id = s.card_id where s.user_id = ? and s.last_review is not null")
                .param(userId)
                .query((rs, row) -> new Held(rs.getString(1), rs.getString(2), schedule(rs, 3)))
                .list();
    }

    /** Every card the learner holds (of a deck that still has it), as scheduled: for the counts and the forecast. */
    List<dev.skilltree.review.fsrs.Card> schedules(long userId) {
        return jdbc.sql("select " + SCHEDULE + " from review_state s join review_card c on c.card_id = s.card_id"
                        + " where s.user_id = ?")
                .param(userId)
                .query((rs, row) -> schedule(rs, 1))
                .list();
    }

    /** Replaces the card's schedule if it is still due at {@code dueBefore}; false when it changed meanwhile. */
    boolean update(long userId, String cardId, Instant dueBefore, dev.skilltree.review.fsrs.Card card) {
        return jdbc.sql("""
                        update review_state set state = ?, step = ?, stability = ?, difficulty = ?, due = ?,
                        last_review = ? where user_id = ? and card_id = ? and due = ?""")
                        .params(
                                card.state().code(),
                                card.step(),
                                card.stability(),
                                card.difficulty(),
                                Database.utc(card.due()),
                                card.lastReview() == null ? null : Database.utc(card.lastReview()),
                                userId,
                                cardId,
                                Database.utc(dueBefore))
                        .update()
                == 1;
    }

    void log(
            long userId,
            String cardId,
            Rating rating,
            Instant at,
            boolean early,
            dev.skilltree.review.fsrs.Card before) {
        jdbc.sql("""
                        insert into review_log (user_id, card_id, rating, reviewed_at, early, before_state, before_step,
                        before_stability, before_difficulty, before_due, before_last_review)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        userId,
                        cardId,
                        rating.grade(),
                        Database.utc(at),
                        early,
                        before.state().code(),
                        before.step(),
                        before.stability(),
                        before.difficulty(),
                        Database.utc(before.due()),
                        before.lastReview() == null ? null : Database.utc(before.lastReview()))
                .update();
    }

    /** The learner's latest rating, with the card's schedule before it. */
    Optional<LastRating> last(long userId) {
        return jdbc.sql("""
                        select id, card_id, rating, before_state, before_step, before_stability, before_difficulty,
                        before_due, before_last_review from review_log
                        where user_id = ? order by id desc fetch first 1 rows only""")
                .param(userId)
                .query((rs, row) ->
                        new LastRating(rs.getLong(1), rs.getString(2), Rating.ofGrade(rs.getInt(3)), schedule(rs, 4)))
                .optional();
    }

    void deleteLog(long id) {
        jdbc.sql("delete from review_log where id = ?").param(id).update();
    }

    /** Ratings from {@code from} until before {@code until}, oldest first, with the state each card was in. */
    List<Logged> between(long userId, Instant from, Instant until) {
        return jdbc.sql("""
                        select reviewed_at, rating, before_state, early from review_log
                        where user_id = ? and reviewed_at >= ? and reviewed_at < ? order by reviewed_at""")
                .params(userId, Database.utc(from), Database.utc(until))
                .query((rs, row) -> new Logged(
                        instant(rs, 1), Rating.ofGrade(rs.getInt(2)), State.ofCode(rs.getInt(3)), rs.getBoolean(4)))
                .list();
    }

    Optional<Double> retention(long userId) {
        return jdbc.sql("select desired_retention from review_setting where user_id = ?")
                .param(userId)
                .query(Double.class)
                .optional();
    }

    void setRetention(long userId, double retention) {
        if (jdbc.sql("update review_setting set desired_retention = ? where user_id = ?")
                        .params(retention, userId)
                        .update()
                == 0) {
            jdbc.sql("insert into review_setting (user_id, desired_retention) values (?, ?)")
                    .params(userId, retention)
                    .update();
        }
    }

    /** A card's roadmap and node, and its schedule. */
    record Held(String roadmap, String node, dev.skilltree.review.fsrs.Card schedule) {}

    /** One rating from the log, and the state its card was in. */
    record Logged(Instant at, Rating rating, State before, boolean early) {}

    /** The latest rating, and the schedule it replaced. */
    record LastRating(long id, String cardId, Rating rating, dev.skilltree.review.fsrs.Card before) {}

    private static String cardColumns() {
        return "c.roadmap_id, " + SCHEDULE + ", " + CardRepository.columns("c.");
    }

    private static DeckCard deckCard(ResultSet rs, int row) throws SQLException {
        String roadmap = rs.getString(1);
        dev.skilltree.review.fsrs.Card schedule = schedule(rs, 2);
        Card card = CardRepository.card(rs, 8);
        return new DeckCard(roadmap, card, schedule);
    }

    private static dev.skilltree.review.fsrs.Card schedule(ResultSet rs, int first) throws SQLException {
        State state = State.ofCode(rs.getInt(first));
        Integer step = rs.getObject(first + 1, Integer.class);
        Double stability = rs.getObject(first + 2, Double.class);
        Double difficulty = rs.getObject(first + 3, Double.class);
        return new dev.skilltree.review.fsrs.Card(
                state, step, stability, difficulty, instant(rs, first + 4), instant(rs, first + 5));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
