package dev.skilltree.grading.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.Engine;
import dev.skilltree.support.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The grading nodes' heartbeats, on both databases: H2 and a real PostgreSQL. */
@ParameterizedClass
@EnumSource(Engine.class)
class GradingNodeRepositoryTest {

    private static final Instant STARTED = Instant.parse("2026-12-01T08:00:00Z");

    @Parameter
    Engine engine;

    @TempDir
    Path data;

    @AutoClose
    private TestDatabase db;

    private GradingNodeRepository nodes;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(engine, data);
        nodes = new GradingNodeRepository(db.jdbc());
    }

    private static GradingNode node(String name, int running, Instant heartbeat) {
        return new GradingNode(name, "worker", "bubblewrap", "3.11.2", 4, running, STARTED, heartbeat);
    }

    @Test
    void keepsOneRowPerNodeWithItsLatestHeartbeat() {
        nodes.save(node("worker-a-101", 0, STARTED));
        nodes.save(node("worker-b-202", 1, STARTED.plusSeconds(1)));
        nodes.save(node("worker-a-101", 3, STARTED.plusSeconds(2)));

        assertThat(nodes.findAll())
                .containsExactly(
                        node("worker-a-101", 3, STARTED.plusSeconds(2)),
                        node("worker-b-202", 1, STARTED.plusSeconds(1)));
    }

    @Test
    void forgetsOnlyTheNodesSilentSinceBeforeTheCutOff() {
        Instant now = STARTED.plus(Duration.ofDays(2));
        nodes.save(node("long-gone-1", 0, now.minus(Duration.ofHours(25))));
        nodes.save(node("just-gone-2", 0, now.minus(Duration.ofMinutes(5))));
        nodes.save(node("alive-3", 2, now));

        int forgotten = nodes.deleteSilentSince(now.minus(GradingNodes.FORGOTTEN_AFTER));

        assertThat(forgotten).isEqualTo(1);
        assertThat(nodes.findAll()).extracting(GradingNode::name).containsExactly("alive-3", "just-gone-2");
    }
}
