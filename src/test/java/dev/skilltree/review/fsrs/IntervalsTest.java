package dev.skilltree.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalsTest {

    @Test
    void writesIntervalsLikeAnkisButtons() {
        assertThat(List.of(20L, 600L, 3_590L, 5_400L, 86_000L, 2_557_000L, 3_888_000L, 34_560_000L))
                .map(Intervals::label)
                .containsExactly("1m", "10m", "1h", "2h", "1d", "1mo", "1.5mo", "1.1y");
    }
}
