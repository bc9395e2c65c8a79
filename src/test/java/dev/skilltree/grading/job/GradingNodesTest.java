package dev.skilltree.grading.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.config.NodeName;
import dev.skilltree.config.NodeRole;
import dev.skilltree.config.Transactions;
import dev.skilltree.grading.Grader;
import dev.skilltree.grading.GradingStatus;
import dev.skilltree.grading.Isolation;
import dev.skilltree.grading.PythonInterpreter;
import dev.skilltree.support.Engine;
import dev.skilltree.support.MovableClock;
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

/**
 * Which grading nodes this node knows of, from their heartbeats on the real database (H2 and PostgreSQL): whether
 * a submission will be graded now, and which nodes the admin page shows alive or gone.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class GradingNodesTest {

    /** A 2 s heartbeat, 4 missed: a node silent for more than 8 s is gone. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(2);

    private static final GradingStatus GRADES = new GradingStatus(
            new PythonInterpreter(Path.of("/usr/bin/python3"), Path.of("/usr"), 3, 11),
            Grader.create(
                    new PythonInterpreter(Path.of("/usr/bin/python3"), Path.of("/usr"), 3, 11), Isolation.RLIMITS_ONLY),
            null);
    private static final GradingStatus NO_PYTHON = new GradingStatus(null, null, "python3 was not found");

    @Parameter
    Engine engine;

    @TempDir
    Path data;

    @AutoClose
    private TestDatabase db;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private GradingNodeRepository repository;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(engine, data);
        repository = new GradingNodeRepository(db.jdbc());
    }

    private GradingNodes nodes(NodeRole role, GradingStatus status) {
        return new Transactions(db.dataSource())
                .around(new GradingNodes(repository, role, status, clock, HEARTBEAT, 4));
    }

    private GradingNode worker(String name, Instant heartbeat) {
        return new GradingNode(name, "worker", "bubblewrap", "3.11", 4, 1, clock.instant(), heartbeat);
    }

    @Test
    void aNodeThatGradesItselfKnowsSubmissionsWillBeGradedWithoutAnyHeartbeat() {
        assertThat(nodes(NodeRole.ALL, GRADES).anyGrades()).isTrue();
        assertThat(nodes(NodeRole.WORKER, GRADES).anyGrades()).isTrue();
    }

    @Test
    void aWebNodeCountsOnAWorkerOnlyWhileItsHeartbeatIsAlive() {
        GradingNodes web = nodes(NodeRole.WEB, GRADES);
        assertThat(web.anyGrades()).as("no worker has ever beaten").isFalse();

        web.beat(worker("worker-1", clock.instant()));
        clock.advance(Duration.ofSeconds(8));
        assertThat(web.anyGrades()).as("silent for 8 s").isTrue();

        clock.advance(Duration.ofSeconds(1));
        assertThat(web.anyGrades()).as("silent for 9 s").isFalse();
    }

    @Test
    void aNodeWithoutPythonCountsOnTheOthersLikeAWebNode() {
        GradingNodes broken = nodes(NodeRole.ALL, NO_PYTHON);
        assertThat(broken.anyGrades()).isFalse();

        broken.beat(worker("worker-1", clock.instant()));

        assertThat(broken.anyGrades()).isTrue();
    }

    @Test
    void listsEveryNodeByNameAliveOrGoneAndMarksThisOne() {
        GradingNodes web = nodes(NodeRole.WEB, GRADES);
        web.beat(worker("b-gone", clock.instant().minusSeconds(30)));
        web.beat(worker("a-alive", clock.instant().minusSeconds(3)));
        web.beat(worker(NodeName.current(), clock.instant()));

        assertThat(web.all())
                .extracting(seen -> seen.node().name(), GradingNode.Seen::alive, GradingNode.Seen::thisNode)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("a-alive", true, false),
                        org.assertj.core.groups.Tuple.tuple("b-gone", false, false),
                        org.assertj.core.groups.Tuple.tuple(NodeName.current(), true, true));
        assertThat(web.all()).extracting(seen -> seen.node().name()).isSorted();
        assertThat(web.all())
                .filteredOn(seen -> seen.node().name().equals("b-gone"))
                .singleElement()
                .satisfies(gone -> assertThat(gone.silent()).isEqualTo(Duration.ofSeconds(30)));
    }

    @Test
    void aHeartbeatForgetsTheNodesSilentForADay() {
        GradingNodes worker = nodes(NodeRole.WORKER, GRADES);
        worker.beat(worker("retired", clock.instant()));
        worker.beat(worker("restarted", clock.instant()));

        clock.advance(Duration.ofHours(23));
        worker.beat(worker("restarted", clock.instant()));
        assertThat(worker.all()).hasSize(2);
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        worker.beat(worker("restarted", clock.instant()));

        assertThat(worker.all()).extracting(seen -> seen.node().name()).containsExactly("restarted");
    }
}
