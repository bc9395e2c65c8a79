package dev.skilltree.grading.job;

import dev.skilltree.config.NodeName;
import dev.skilltree.config.NodeRole;
import dev.skilltree.grading.GradingStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grading nodes on this database, from their heartbeats: any node (a web node too) lists them all. A node silent
 * for longer than the task scheduler's dead-node limit (heartbeat interval × missed heartbeats) is shown as gone:
 * by then the scheduler has given its tasks to the others. A node silent for a day is forgotten.
 */
@Service
public class GradingNodes {

    static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

    private final GradingNodeRepository nodes;
    private final NodeRole role;
    private final GradingStatus local;
    private final Clock clock;
    private final Duration deadAfter;

    GradingNodes(
            GradingNodeRepository nodes,
            NodeRole role,
            GradingStatus local,
            Clock clock,
            @Value("${skilltree.scheduler.heartbeat-interval:2s}") Duration heartbeat,
            @Value("${skilltree.scheduler.missed-heartbeats:4}") int missedHeartbeats) {
        this.nodes = nodes;
        this.role = role;
        this.local = local;
        this.clock = clock;
        this.deadAfter = heartbeat.multipliedBy(missedHeartbeats);
    }

    /** Writes this node's heartbeat, and forgets the nodes silent for a day. */
    @Transactional
    public void beat(GradingNode node) {
        nodes.save(node);
        nodes.deleteSilentSince(clock.instant().minus(FORGOTTEN_AFTER));
    }

    /**
     * Whether some node grades submissions now, as far as this node can tell; a submission is queued either way. This
     * node, if it grades, knows; otherwise any node whose heartbeat is alive does (a web node counts on its workers).
     */
    @Transactional(readOnly = true)
    public boolean anyGrades() {
        if (role.grades() && local.available()) {
            return true;
        }
        return nodes.anyHeardSince(clock.instant().minus(deadAfter));
    }

    /** Every grading node, alive or gone, by name. */
    @Transactional(readOnly = true)
    public List<GradingNode.Seen> all() {
        var now = clock.instant();
        String self = NodeName.current();
        return nodes.findAll().stream()
                .map(n -> GradingNode.Seen.of(n, now, deadAfter, self))
                .toList();
    }
}
