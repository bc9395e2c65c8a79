package dev.skilltree.grading;

import dev.skilltree.config.NodeRole;

/**
 * Whether some node grades submissions now, as far as this node can tell; a submission is queued either way. A node
 * that grades knows. A web node counts on its workers. A node of role {@code all} that cannot grade (no Python, or
 * no sandbox it was told to require) is the embedded shape's only node, so no one grades: its learners are told
 * their submission waits. The grading nodes' heartbeats, once recorded, answer this for every shape.
 */
final class GradingNodes {

    private final NodeRole role;
    private final GradingStatus local;

    GradingNodes(NodeRole role, GradingStatus local) {
        this.role = role;
        this.local = local;
    }

    boolean anyGrades() {
        return switch (role) {
            case WEB -> true;
            case ALL, WORKER -> local.available();
        };
    }
}
