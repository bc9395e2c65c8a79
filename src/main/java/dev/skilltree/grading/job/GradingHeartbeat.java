package dev.skilltree.grading.job;

import dev.skilltree.config.NodeName;
import dev.skilltree.config.NodeRole;
import dev.skilltree.grading.GradingStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * This grading node's heartbeat: its row in {@code grading_node}, written when the node starts and every heartbeat
 * interval after. A thread of its own rather than a db-scheduler recurring task, because a recurring task runs on
 * one node of the cluster at a time, and every node must write its own row.
 */
final class GradingHeartbeat implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GradingHeartbeat.class);

    private final GradingNodes nodes;
    private final GradingStatus status;
    private final SubmissionGrading grading;
    private final NodeRole role;
    private final Duration interval;
    private final Clock clock;
    private final Instant startedAt;
    private ScheduledExecutorService beats;

    GradingHeartbeat(
            GradingNodes nodes,
            GradingStatus status,
            SubmissionGrading grading,
            NodeRole role,
            Duration interval,
            Clock clock) {
        this.nodes = nodes;
        this.status = status;
        this.grading = grading;
        this.role = role;
        this.interval = interval;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    /** Only a node that grades beats: role all or worker, with Python and a sandbox. */
    @Override
    public synchronized void start() {
        if (!status.available() || !role.grades()) {
            return;
        }
        beats = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("grading-heartbeat").factory());
        beat();
        beats.scheduleWithFixedDelay(this::beat, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (beats != null) {
            beats.shutdownNow();
            beats = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return beats != null;
    }

    /** A failed beat (the database briefly gone) is logged; the next one tries again. */
    private void beat() {
        try {
            nodes.beat(new GradingNode(
                    NodeName.current(),
                    role.code(),
                    status.grader().isolation().name().toLowerCase(Locale.ROOT),
                    status.python().version(),
                    grading.workers(),
                    grading.running(),
                    startedAt,
                    clock.instant()));
        } catch (RuntimeException e) {
            log.warn("Grading heartbeat not written: {}", e.getMessage());
        }
    }
}
