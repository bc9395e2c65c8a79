package dev.skilltree.grading.job;

import java.time.Duration;
import java.time.Instant;

/**
 * A node that grades, as its last heartbeat described it: its name ({@code host-pid}), role, how it isolates runs,
 * its Python, how many submissions it grades at once ({@code slots}) and how many it was grading.
 */
public record GradingNode(
        String name,
        String role,
        String isolation,
        String python,
        int slots,
        int running,
        Instant startedAt,
        Instant heartbeatAt) {

    /** How the admin page shows a node: alive or gone, and how long it has been silent. */
    public record Seen(GradingNode node, boolean alive, boolean thisNode, Duration silent) {

        /** {@code deadAfter}: a node silent for longer is gone (the task scheduler's dead-node limit). */
        static Seen of(GradingNode node, Instant now, Duration deadAfter, String thisNode) {
            Duration silent = Duration.between(node.heartbeatAt(), now);
            if (silent.isNegative()) {
                silent = Duration.ZERO;
            }
            return new Seen(node, silent.compareTo(deadAfter) <= 0, node.name().equals(thisNode), silent);
        }

        /** The message key and figure for "last heartbeat … ago": seconds, minutes, hours or days. */
        public String agoKey() {
            if (silent.toSeconds() < 60) {
                return "grading.nodes.secondsAgo";
            }
            if (silent.toMinutes() < 60) {
                return "grading.nodes.minutesAgo";
            }
            return silent.toHours() < 24 ? "grading.nodes.hoursAgo" : "grading.nodes.daysAgo";
        }

        public long agoFigure() {
            return switch (agoKey()) {
                case "grading.nodes.secondsAgo" -> silent.toSeconds();
                case "grading.nodes.minutesAgo" -> silent.toMinutes();
                case "grading.nodes.hoursAgo" -> silent.toHours();
                default -> silent.toDays();
            };
        }
    }
}
