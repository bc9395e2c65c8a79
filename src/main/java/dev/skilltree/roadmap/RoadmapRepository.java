package dev.skilltree.roadmap;

import dev.skilltree.config.InstallLock;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stores roadmaps in the tables of V1__roadmaps.sql. */
@org.springframework.stereotype.Repository
class RoadmapRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    RoadmapRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Waits for, then holds until the transaction ends, the lock nodes take to install the built-in content. */
    void lockInstalls() {
        InstallLock.hold(jdbc);
    }

    /** The stored roadmaps; their topic count is left at 0 for the service to count from the graph. */
    List<RoadmapSummary> findAll() {
        return jdbc.sql("""
                        select id, locale, title_zh, title_en, summary_zh, summary_en, version, node_count, imported_at
                        from roadmap order by id""")
                .query((rs, n) -> new RoadmapSummary(
                        rs.getString("id"),
                        new Text(rs.getString("title_zh"), rs.getString("title_en")),
                        rs.getString("locale"),
                        new Text(rs.getString("summary_zh"), rs.getString("summary_en")),
                        rs.getInt("version"),
                        rs.getInt("node_count"),
                        0,
                        rs.getTimestamp("imported_at").toInstant()))
                .list();
    }

    Optional<String> contentHash(String id) {
        return jdbc.sql("select content_hash from roadmap where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    Optional<Roadmap> find(String id) {
        record Head(String locale, Text title, Text summary, int version) {}
        Optional<Head> head = jdbc.sql(
                        "select locale, title_zh, title_en, summary_zh, summary_en, version from roadmap where id = ?")
                .param(id)
                .query((rs, n) -> new Head(
                        rs.getString("locale"),
                        new Text(rs.getString("title_zh"), rs.getString("title_en")),
                        new Text(rs.getString("summary_zh"), rs.getString("summary_en")),
                        rs.getInt("version")))
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<Track> tracks = jdbc.sql(
                        "select id, title_zh, title_en, description_zh, description_en from track where roadmap_id = ? order by position")
                .param(id)
                .query((rs, n) -> new Track(
                        rs.getString("id"),
                        new Text(rs.getString("title_zh"), rs.getString("title_en")),
                        new Text(rs.getString("description_zh"), rs.getString("description_en"))))
                .list();
        Map<String, List<String>> nodeTracks =
                idLists("select node_id, track_id from node_track where roadmap_id = ? order by node_id, position", id);
        Map<String, List<String>> needs = idLists(
                "select node_id, requires_id from node_prerequisite where roadmap_id = ? order by node_id, position",
                id);
        Map<String, List<Resource>> resources = new HashMap<>();
        jdbc.sql(
                        "select node_id, kind, title, url, difficulty, note from resource where roadmap_id = ? order by node_id, position")
                .param(id)
                .query(rs -> {
                    resources
                            .computeIfAbsent(rs.getString("node_id"), k -> new ArrayList<>())
                            .add(new Resource(
                                    ResourceKind.valueOf(rs.getString("kind")),
                                    rs.getString("title"),
                                    rs.getString("url"),
                                    difficulty(rs.getString("difficulty")),
                                    rs.getString("note")));
                });
        List<Node> nodes = jdbc.sql("""
                        select id, parent_id, kind, title_zh, title_en, description_zh, description_en, hours_min, hours_max, difficulty
                        from node where roadmap_id = ? order by position""")
                .param(id)
                .query((rs, n) -> {
                    String nodeId = rs.getString("id");
                    int min = rs.getInt("hours_min");
                    Estimate estimate = rs.wasNull() ? null : new Estimate(min, rs.getInt("hours_max"));
                    return new Node(
                            nodeId,
                            NodeKind.valueOf(rs.getString("kind")),
                            rs.getString("parent_id"),
                            new Text(rs.getString("title_zh"), rs.getString("title_en")),
                            new Text(rs.getString("description_zh"), rs.getString("description_en")),
                            estimate,
                            difficulty(rs.getString("difficulty")),
                            nodeTracks.getOrDefault(nodeId, List.of()),
                            needs.getOrDefault(nodeId, List.of()),
                            resources.getOrDefault(nodeId, List.of()));
                })
                .list();
        Head h = head.get();
        return Optional.of(new Roadmap(id, h.title(), h.locale(), h.summary(), h.version(), tracks, nodes));
    }

    private Map<String, List<String>> idLists(String sql, String roadmapId) {
        Map<String, List<String>> lists = new HashMap<>();
        jdbc.sql(sql).param(roadmapId).query(rs -> {
            lists.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return lists;
    }

    void delete(String id) {
        jdbc.sql("delete from roadmap where id = ?").param(id).update();
    }

    void insert(Roadmap roadmap, String contentHash, Instant now) {
        String id = roadmap.id();
        jdbc.sql("""
                        insert into roadmap (id, locale, title_zh, title_en, summary_zh, summary_en, version, content_hash, node_count, imported_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        roadmap.locale(),
                        roadmap.title().zh(),
                        roadmap.title().en(),
                        roadmap.summary().zh(),
                        roadmap.summary().en(),
                        roadmap.version(),
                        contentHash,
                        roadmap.nodes().size(),
                        Timestamp.from(now))
                .update();
        List<Object[]> tracks = new ArrayList<>();
        for (int i = 0; i < roadmap.tracks().size(); i++) {
            Track t = roadmap.tracks().get(i);
            tracks.add(new Object[] {
                id,
                t.id(),
                i,
                t.title().zh(),
                t.title().en(),
                t.description().zh(),
                t.description().en()
            });
        }
        batch.batchUpdate(
                "insert into track (roadmap_id, id, position, title_zh, title_en, description_zh, description_en) values (?, ?, ?, ?, ?, ?, ?)",
                tracks,
                types("SSISSSS"));
        List<Object[]> nodes = new ArrayList<>();
        List<Object[]> nodeTracks = new ArrayList<>();
        List<Object[]> needs = new ArrayList<>();
        List<Object[]> resources = new ArrayList<>();
        for (int i = 0; i < roadmap.nodes().size(); i++) {
            Node n = roadmap.nodes().get(i);
            Estimate e = n.estimate();
            nodes.add(new Object[] {
                id,
                n.id(),
                i,
                n.parentId(),
                n.kind().name(),
                n.title().zh(),
                n.title().en(),
                n.description().zh(),
                n.description().en(),
                e == null ? null : e.minHours(),
                e == null ? null : e.maxHours(),
                n.difficulty() == null ? null : n.difficulty().name()
            });
            for (int j = 0; j < n.tracks().size(); j++) {
                nodeTracks.add(new Object[] {id, n.id(), j, n.tracks().get(j)});
            }
            for (int j = 0; j < n.prerequisites().size(); j++) {
                needs.add(new Object[] {id, n.id(), j, n.prerequisites().get(j)});
            }
            for (int j = 0; j < n.resources().size(); j++) {
                Resource r = n.resources().get(j);
                resources.add(new Object[] {
                    id,
                    n.id(),
                    j,
                    r.kind().name(),
                    r.title(),
                    r.url(),
                    r.difficulty() == null ? null : r.difficulty().name(),
                    r.note()
                });
            }
        }
        batch.batchUpdate("""
                insert into node (roadmap_id, id, position, parent_id, kind, title_zh, title_en, description_zh, description_en, hours_min, hours_max, difficulty)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", nodes, types("SSISSSSSSIIS"));
        batch.batchUpdate(
                "insert into node_track (roadmap_id, node_id, position, track_id) values (?, ?, ?, ?)",
                nodeTracks,
                types("SSIS"));
        batch.batchUpdate(
                "insert into node_prerequisite (roadmap_id, node_id, position, requires_id) values (?, ?, ?, ?)",
                needs,
                types("SSIS"));
        batch.batchUpdate("""
                insert into resource (roadmap_id, node_id, position, kind, title, url, difficulty, note)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", resources, types("SSISSSSS"));
    }

    /** SQL types for batch parameters ({@code S} varchar, {@code I} integer), so that nulls need no metadata lookup. */
    private static int[] types(String codes) {
        return codes.chars().map(c -> c == 'I' ? Types.INTEGER : Types.VARCHAR).toArray();
    }

    private static Difficulty difficulty(String value) {
        return value == null ? null : Difficulty.valueOf(value);
    }
}
