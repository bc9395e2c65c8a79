package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skilltree.config.Database;
import dev.skilltree.config.Transactions;
import dev.skilltree.support.Engine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Runs on both databases: H2 and a real PostgreSQL. */
@ParameterizedClass
@EnumSource(Engine.class)
class RoadmapServiceTest {

    @Parameter
    Engine engine;

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @TempDir
    Path data;

    private SingleConnectionDataSource dataSource;
    private RoadmapService roadmaps;

    @BeforeEach
    void openDatabase() {
        dataSource = Database.open(engine.freshDatabase(data));
        roadmaps = new Transactions(dataSource)
                .around(RoadmapService.of(
                        JdbcClient.create(dataSource), new JdbcTemplate(dataSource), Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterEach
    void closeDatabase() {
        dataSource.destroy();
    }

    @Test
    void storesTheBuiltInRoadmapAndReadsBackTheSameGraph() {
        Roadmap builtIn = BuiltInRoadmaps.load(BuiltInRoadmaps.PYTHON_ADVANCED);

        assertThat(roadmaps.install(builtIn)).isEqualTo(RoadmapService.Outcome.CREATED);

        assertThat(roadmaps.get("python-advanced")).isEqualTo(builtIn);
        assertThat(roadmaps.list()).singleElement().satisfies(summary -> {
            assertThat(summary.nodeCount()).isEqualTo(builtIn.nodes().size());
            assertThat(summary.topicCount())
                    .as("the topics its pages count, fewer than its nodes")
                    .isEqualTo(builtIn.topics().size())
                    .isLessThan(summary.nodeCount());
            assertThat(summary.importedAt()).isEqualTo(NOW);
        });
        assertThat(roadmaps.install(builtIn)).isEqualTo(RoadmapService.Outcome.UNCHANGED);
    }

    @Test
    void refusesToOverwriteWithoutReplace() {
        roadmaps.store(Fixtures.parse("# T {#t}\n\n## A {#a}\n"), false);

        assertThatThrownBy(() -> roadmaps.store(Fixtures.parse("# T {#t}\n\n## B {#b}\n"), false))
                .isInstanceOf(RoadmapExists.class);
        assertThat(roadmaps.get("t").nodes()).extracting(Node::id).containsExactly("a");
    }

    @Test
    void replacesARoadmapWhole() {
        roadmaps.store(Fixtures.parse("# T {#t}\n\n## A {#a}\n\n## B {#b needs=a}\n"), false);

        assertThat(roadmaps.store(Fixtures.parse("# T {#t version=2}\n\n## C {#c}\n"), true))
                .isEqualTo(RoadmapService.Outcome.REPLACED);

        Roadmap stored = roadmaps.get("t");
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.nodes()).extracting(Node::id).containsExactly("c");
    }

    @Test
    void keepsTheOldVersionWhenAReplaceFailsHalfWay() {
        Roadmap old = Fixtures.parse("# T {#t}\n\n## A {#a}\n");
        roadmaps.store(old, false);
        // A title longer than the column holds makes the database refuse the insert after the delete has run.
        Node tooLong = new Node(
                "b",
                NodeKind.STAGE,
                null,
                new Text("x".repeat(3000), ""),
                Text.EMPTY,
                null,
                null,
                List.of(),
                List.of(),
                List.of());
        Roadmap broken = new Roadmap("t", new Text("T", ""), "zh", Text.EMPTY, 2, List.of(), List.of(tooLong));

        assertThatThrownBy(() -> roadmaps.store(broken, true)).isInstanceOf(RuntimeException.class);

        assertThat(roadmaps.get("t")).isEqualTo(old);
    }

    @Test
    void answersUnknownIdsWithRoadmapNotFound() {
        assertThatThrownBy(() -> roadmaps.get("nope"))
                .isInstanceOf(RoadmapNotFound.class)
                .hasMessageContaining("'nope'");
    }
}
