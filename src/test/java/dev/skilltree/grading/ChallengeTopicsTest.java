package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.config.Transactions;
import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.NodeKind;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.RoadmapService;
import dev.skilltree.roadmap.Text;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The names of the topics challenges prove, from the roadmap they name (python-advanced) in a real H2 database. */
class ChallengeTopicsTest {

    @TempDir
    Path dir;

    @AutoClose
    private TestDatabase database;

    private RoadmapService roadmaps;

    @BeforeEach
    void openDatabase() {
        database = TestDatabase.open(dir);
        roadmaps = new Transactions(database.dataSource())
                .around(RoadmapService.of(
                        database.jdbc(),
                        new JdbcTemplate(database.dataSource()),
                        new MovableClock(Instant.parse("2026-08-01T08:00:00Z"))));
    }

    @Test
    void namesEachTopicInTheReadersLanguageInTheOrderAsked() {
        roadmaps.install(roadmap());
        ChallengeTopics topics = new ChallengeTopics(roadmaps);

        assertThat(topics.titles(List.of("generators", "closures"), "en"))
                .containsExactly(Map.entry("generators", "Generators"), Map.entry("closures", "Closures"));
        assertThat(topics.titles(List.of("generators", "closures"), "zh"))
                .containsExactly(Map.entry("generators", "生成器"), Map.entry("closures", "闭包"));
    }

    @Test
    void aTopicTheRoadmapLacksIsNamedByItsId() {
        roadmaps.install(roadmap());

        assertThat(new ChallengeTopics(roadmaps).titles(List.of("closures", "cobol"), "en"))
                .containsExactly(Map.entry("closures", "Closures"), Map.entry("cobol", "cobol"));
    }

    @Test
    void withoutTheRoadmapEveryTopicIsNamedByItsId() {
        assertThat(new ChallengeTopics(roadmaps).titles(List.of("closures"), "en"))
                .containsExactly(Map.entry("closures", "closures"));
    }

    @Test
    void namesEveryTopicAnyOfTheChallengesProvesOnce() {
        roadmaps.install(roadmap());
        Challenge first = proving("counter", "closures", "cobol");
        Challenge second = proving("pipeline", "generators", "closures");

        assertThat(new ChallengeTopics(roadmaps).titles(List.of(first, second), "en"))
                .containsExactly(
                        Map.entry("closures", "Closures"),
                        Map.entry("cobol", "cobol"),
                        Map.entry("generators", "Generators"));
    }

    private static Challenge proving(String slug, String... nodes) {
        Challenge plain = TestChallenges.unit(slug, Limits.DEFAULT, Map.of(), "");
        return new Challenge(
                slug,
                plain.title(),
                List.of(nodes),
                plain.difficulty(),
                plain.estimate(),
                plain.kind(),
                plain.limits(),
                plain.statement(),
                plain.starter(),
                plain.tests(),
                plain.reference());
    }

    /** A roadmap with the id challenges name, holding two of its topics. */
    private static Roadmap roadmap() {
        return new Roadmap(
                ChallengeTopics.ROADMAP,
                new Text("Python 进阶", "Advanced Python"),
                "zh",
                Text.EMPTY,
                1,
                List.of(),
                List.of(
                        node("functions", NodeKind.STAGE, null, "函数", "Functions"),
                        node("closures", NodeKind.TOPIC, "functions", "闭包", "Closures"),
                        node("generators", NodeKind.TOPIC, "functions", "生成器", "Generators")));
    }

    private static Node node(String id, NodeKind kind, String parent, String zh, String en) {
        return new Node(id, kind, parent, new Text(zh, en), Text.EMPTY, null, null, List.of(), List.of(), List.of());
    }
}
