package dev.skilltree.grading.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GradingNodeTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final Duration LIMIT = Duration.ofSeconds(8);

    private static GradingNode node(String name, Instant heartbeat) {
        return new GradingNode(name, "all", "bubblewrap", "3.11.2", 2, 0, NOW.minusSeconds(3600), heartbeat);
    }

    @Test
    void aNodeSilentForLongerThanTheDeadNodeLimitIsGone() {
        var fresh = GradingNode.Seen.of(node("fresh-1", NOW.minusSeconds(3)), NOW, LIMIT, "fresh-1");
        var silent = GradingNode.Seen.of(node("silent-2", NOW.minusSeconds(9)), NOW, LIMIT, "fresh-1");

        assertThat(fresh.alive()).isTrue();
        assertThat(fresh.thisNode()).isTrue();
        assertThat(silent.alive()).isFalse();
        assertThat(silent.thisNode()).isFalse();
    }

    @Test
    void saysHowLongANodeHasBeenSilentInTheLargestWholeUnit() {
        assertThat(ago(NOW.minusSeconds(42))).isEqualTo("grading.nodes.secondsAgo 42");
        assertThat(ago(NOW.minusSeconds(150))).isEqualTo("grading.nodes.minutesAgo 2");
        assertThat(ago(NOW.minus(Duration.ofMinutes(125)))).isEqualTo("grading.nodes.hoursAgo 2");
        assertThat(ago(NOW.minus(Duration.ofHours(50)))).isEqualTo("grading.nodes.daysAgo 2");
        assertThat(ago(NOW.plusSeconds(2))).isEqualTo("grading.nodes.secondsAgo 0");
    }

    private static String ago(Instant heartbeat) {
        var seen = GradingNode.Seen.of(node("n-1", heartbeat), NOW, LIMIT, "other");
        return seen.agoKey() + " " + seen.agoFigure();
    }
}
