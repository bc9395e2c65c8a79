package dev.skilltree.review;

import dev.skilltree.config.Database;
import dev.skilltree.config.InstallLock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cards of every roadmap's deck, and the version of each stored deck. */
@Repository
class CardRepository {

    private static final List<String> COLUMNS = List.of(
            "card_id",
            "node_id",
            "card_type",
            "zh_question",
            "zh_answer",
            "zh_why",
            "zh_text",
            "en_question",
            "en_answer",
            "en_why",
            "en_text",
            "code",
            "output");

    private final JdbcClient jdbc;

    CardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for, then holds until the transaction ends, the lock nodes take to install the built-in content. */
    void lockInstalls() {
        InstallLock.hold(jdbc);
    }

    /** The stored deck's content hash and source (builtin or import). */
    record Version(String hash, String source) {}

    Optional<Version> version(String roadmapId) {
        return jdbc.sql("select content_hash, source from review_deck_version where roadmap_id = ?")
                .param(roadmapId)
                .query((rs, row) -> new Version(rs.getString(1), rs.getString(2)))
                .optional();
    }

    /** The roadmaps that have a deck. */
    List<String> roadmaps() {
        return jdbc.sql("select roadmap_id from review_deck_version order by roadmap_id")
                .query(String.class)
                .list();
    }

    /** Replaces the roadmap's cards with {@code cards}; call inside a transaction. */
    void replace(String roadmapId, List<Card> cards, Version version, Instant at) {
        jdbc.sql("delete from review_card where roadmap_id = ?")
                .param(roadmapId)
                .update();
        int position = 0;
        for (Card card : cards) {
            jdbc.sql("insert into review_card (" + columns("") + ", roadmap_id, position)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            card.id(),
                            card.node(),
                            card.type().name().toLowerCase(),
                            card.zh().question(),
                            card.zh().answer(),
                            card.zh().why(),
                            card.zh().text(),
                            card.en().question(),
                            card.en().answer(),
                            card.en().why(),
                            card.en().text(),
                            card.code(),
                            card.output(),
                            roadmapId,
                            position++)
                    .update();
        }
        jdbc.sql("delete from review_deck_version where roadmap_id = ?")
                .param(roadmapId)
                .update();
        jdbc.sql("insert into review_deck_version (roadmap_id, content_hash, source, installed_at) values (?, ?, ?, ?)")
                .params(roadmapId, version.hash(), version.source(), Database.utc(at))
                .update();
    }

    /** Which of {@code ids} belong to a roadmap other than {@code roadmapId}. */
    List<String> takenElsewhere(String roadmapId, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select card_id from review_card where roadmap_id <> :roadmap and card_id in (:ids)")
                .param("roadmap", roadmapId)
                .param("ids", ids)
                .query(String.class)
                .list();
    }

    List<Card> ofNode(String roadmapId, String nodeId) {
        return jdbc.sql("select " + columns("")
                        + " from review_card where roadmap_id = ? and node_id = ? order by position")
                .params(roadmapId, nodeId)
                .query((rs, row) -> card(rs, 1))
                .list();
    }

    /** The card's columns, each prefixed with {@code alias}, in the order {@link #card} reads them. */
    static String columns(String alias) {
        return String.join(", ", COLUMNS.stream().map(column -> alias + column).toList());
    }

    /** A stored card read from {@link #columns} starting at column {@code first}; it has no source file. */
    static Card card(ResultSet rs, int first) throws SQLException {
        int i = first;
        return new Card(
                rs.getString(i),
                rs.getString(i + 1),
                Card.Type.valueOf(rs.getString(i + 2).toUpperCase()),
                new Card.Side(rs.getString(i + 3), rs.getString(i + 4), rs.getString(i + 5), rs.getString(i + 6)),
                new Card.Side(rs.getString(i + 7), rs.getString(i + 8), rs.getString(i + 9), rs.getString(i + 10)),
                rs.getString(i + 11),
                rs.getString(i + 12),
                null);
    }
}
