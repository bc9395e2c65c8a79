package dev.skilltree.grading.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skilltree.config.NodeName;
import dev.skilltree.config.NodeRole;
import dev.skilltree.grading.Grader;
import dev.skilltree.grading.GradingStatus;
import dev.skilltree.grading.Isolation;
import dev.skilltree.grading.PythonInterpreter;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A grading node's heartbeat in the real H2 table: written when the node starts and again every interval, with what
 * the admin page shows of the node; a node that does not grade writes none.
 */
class GradingHeartbeatTest {

    private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");
    private static final PythonInterpreter PYTHON =
            new PythonInterpreter(Path.of("/usr/bin/python3"), Path.of("/usr"), 3, 11);
    private static final GradingStatus GRADES =
            new GradingStatus(PYTHON, Grader.create(PYTHON, Isolation.RLIMITS_ONLY), null);

    @TempDir
    Path data;

    @AutoClose
    private TestDatabase db;

    private final MovableClock clock = new MovableClock(START);
    private GradingNodeRepository rows;
    private GradingNodes nodes;
    private GradingHeartbeat heartbeat;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(data);
        rows = new GradingNodeRepository(db.jdbc());
        // No transactions: the heartbeat's thread and the test's share the one connection.
        nodes = new GradingNodes(rows, NodeRole.WORKER, GRADES, clock, Duration.ofSeconds(2), 4);
    }

    @AfterEach
    void stop() {
        if (heartbeat != null) {
            heartbeat.stop();
        }
    }

    /** A heartbeat of a node with three grading slots; only what the heartbeat reads of the grading is real. */
    private GradingHeartbeat heartbeat(NodeRole role, GradingStatus status, Duration interval) {
        SubmissionGrading grading = new SubmissionGrading(null, null, null, null, null, null, null, clock, 3);
        return new GradingHeartbeat(nodes, status, grading, role, interval, clock);
    }

    @Test
    void writesTheNodesRowAsSoonAsItStarts() {
        heartbeat = heartbeat(NodeRole.WORKER, GRADES, Duration.ofMinutes(10));
        clock.advance(Duration.ofSeconds(5));

        heartbeat.start();

        assertThat(heartbeat.isRunning()).isTrue();
        assertThat(rows.findAll())
                .containsExactly(new GradingNode(
                        NodeName.current(), "worker", "rlimits_only", "3.11", 3, 0, START, START.plusSeconds(5)));
    }

    @Test
    void beatsAgainEveryInterval() {
        heartbeat = heartbeat(NodeRole.ALL, GRADES, Duration.ofMillis(20));
        heartbeat.start();
        Instant later = START.plusSeconds(60);

        clock.advance(Duration.ofSeconds(60));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(rows.findAll()).singleElement().satisfies(node -> {
                    assertThat(node.heartbeatAt()).isEqualTo(later);
                    assertThat(node.startedAt()).isEqualTo(START);
                    assertThat(node.role()).isEqualTo("all");
                }));
    }

    @Test
    void stopsBeatingWhenTheNodeStops() {
        heartbeat = heartbeat(NodeRole.WORKER, GRADES, Duration.ofMillis(20));
        heartbeat.start();

        heartbeat.stop();
        clock.advance(Duration.ofSeconds(60));

        assertThat(heartbeat.isRunning()).isFalse();
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(
                        rows.findAll())
                .singleElement()
                .satisfies(node -> assertThat(node.heartbeatAt()).isEqualTo(START)));
    }

    @Test
    void aWebNodeWritesNoHeartbeat() {
        heartbeat = heartbeat(NodeRole.WEB, GRADES, Duration.ofMillis(20));

        heartbeat.start();

        assertThat(heartbeat.isRunning()).isFalse();
        assertThat(rows.findAll()).isEmpty();
    }

    @Test
    void aNodeWithoutPythonWritesNoHeartbeat() {
        heartbeat =
                heartbeat(NodeRole.ALL, new GradingStatus(null, null, "python3 was not found"), Duration.ofMillis(20));

        heartbeat.start();

        assertThat(heartbeat.isRunning()).isFalse();
        assertThat(rows.findAll()).isEmpty();
    }

    @Test
    void keepsBeatingAfterABeatFails() {
        heartbeat = heartbeat(NodeRole.WORKER, GRADES, Duration.ofMillis(20));
        db.jdbc().sql("alter table grading_node rename to grading_node_away").update();
        heartbeat.start();
        assertThat(heartbeat.isRunning()).isTrue();

        db.jdbc().sql("alter table grading_node_away rename to grading_node").update();

        await().atMost(Duration.ofSeconds(10)).until(() -> rows.findAll().size() == 1);
    }
}
