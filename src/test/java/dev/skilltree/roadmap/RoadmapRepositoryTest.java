package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.Engine;
import dev.skilltree.support.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs on both databases: H2 and a real PostgreSQL. */
@ParameterizedClass
@EnumSource(Engine.class)
class RoadmapRepositoryTest {

    @Parameter
    Engine engine;

    private static final Instant IMPORTED = Instant.parse("2026-11-21T10:00:00Z");

    @TempDir
    Path data;

    private TestDatabase db;
    private RoadmapRepository repository;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(engine, data);
        repository = new RoadmapRepository(db.jdbc(), new JdbcTemplate(db.dataSource()));
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void readsBackTheWholeGraphInItsOrder() {
        Roadmap python = MarkdownExporterTest.python();

        repository.insert(python, "hash-1", IMPORTED);

        assertThat(repository.find("py")).contains(python);
    }

    @Test
    void keepsListsInTheirWrittenRatherThanAlphabeticalOrder() {
        Roadmap roadmap = Fixtures.parse("""
                # 路线 {#order lang=en zh=路线}

                - track: Zeta {#zeta}
                - track: Alpha {#alpha}

                ## Z {#z}

                ## A {#a needs=z tracks=zeta,alpha}

                - site: second written first
                - book: first {level=advanced}
                """);

        repository.insert(roadmap, "hash", IMPORTED);

        Roadmap stored = repository.find("order").orElseThrow();
        assertThat(stored).isEqualTo(roadmap);
        assertThat(stored.tracks()).extracting(Track::id).containsExactly("zeta", "alpha");
        assertThat(stored.node("a").orElseThrow().tracks()).containsExactly("zeta", "alpha");
        assertThat(stored.node("a").orElseThrow().resources())
                .extracting(Resource::title)
                .containsExactly("second written first", "first");
    }

    @Test
    void listsSummariesByIdWithTheirNodeCountAndImportTime() {
        repository.insert(Fixtures.parse("# B {#b en=Bee}\n\nAbout b.\n\n## One {#one}\n"), "hash-b", IMPORTED);
        repository.insert(MarkdownExporterTest.python(), "hash-py", IMPORTED.plusSeconds(60));
        repository.insert(Fixtures.parse("# A {#a version=3}\n\n## One {#one}\n\n## Two {#two}\n"), "h", IMPORTED);

        List<RoadmapSummary> all = repository.findAll();

        assertThat(all).extracting(RoadmapSummary::id).containsExactly("a", "b", "py");
        assertThat(all.get(0).version()).isEqualTo(3);
        assertThat(all.get(0).nodeCount()).isEqualTo(2);
        assertThat(all.get(1).title()).isEqualTo(new Text("B", "Bee"));
        assertThat(all.get(1).summary()).isEqualTo(new Text("About b.", ""));
        assertThat(all.get(2).nodeCount()).isEqualTo(3);
        assertThat(all.get(2).importedAt()).isEqualTo(IMPORTED.plusSeconds(60));
    }

    @Test
    void remembersTheContentHashOfEachRoadmap() {
        repository.insert(MarkdownExporterTest.python(), "sha-256:abc", IMPORTED);

        assertThat(repository.contentHash("py")).contains("sha-256:abc");
        assertThat(repository.contentHash("other")).isEmpty();
    }

    @Test
    void deletesARoadmapWithEveryRowThatHangsOffIt() {
        repository.insert(MarkdownExporterTest.python(), "hash", IMPORTED);
        repository.insert(Fixtures.parse("# Kept {#kept}\n\n## K {#k}\n"), "hash", IMPORTED);

        repository.delete("py");

        assertThat(repository.find("py")).isEmpty();
        assertThat(repository.findAll()).extracting(RoadmapSummary::id).containsExactly("kept");
        for (String table : List.of("track", "node", "node_track", "node_prerequisite", "resource")) {
            assertThat(db.jdbc()
                            .sql("select count(*) from " + table + " where roadmap_id = 'py'")
                            .query(Integer.class)
                            .single())
                    .as(table)
                    .isZero();
        }
        assertThat(repository.find("kept")).isPresent();
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(repository.find("nope")).isEmpty();
        assertThat(repository.findAll()).isEmpty();
    }
}
