package dev.skilltree.plan;

import static dev.skilltree.plan.Fixtures.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockTimeTest {

    private static final Plan FIRST = Fixtures.plan(Fixtures.hoursEveryDay(1), Topic.of("a", 0, 2, 2));

    @Test
    void aBlockFirstSeenHasSequenceZero() {
        assertThat(BlockTime.of(FIRST, Map.of()))
                .containsExactly(
                        Map.entry("a-1@skilltree", new BlockTime(MONDAY, 60, 0)),
                        Map.entry("a-2@skilltree", new BlockTime(MONDAY.plusDays(1), 60, 0)));
    }

    @Test
    void aBlockThatKeepsItsDayAndLengthKeepsItsSequence() {
        Map<String, BlockTime> before = Map.of(
                "a-1@skilltree",
                new BlockTime(MONDAY, 60, 2),
                "a-2@skilltree",
                new BlockTime(MONDAY.plusDays(1), 60, 1));

        assertThat(BlockTime.of(FIRST, before)).isEqualTo(before);
    }

    @Test
    void aBlockMovedOrResizedGoesUpASequence() {
        Plan later = Fixtures.PLANNER.plan(Fixtures.request(Fixtures.hoursEveryDay(1), Topic.of("a", 0, 2, 2))
                .withStart(MONDAY.plusDays(1)));
        Plan longer = Fixtures.plan(Fixtures.hoursEveryDay(1), Topic.of("a", 0, 1.5, 1.5));
        Map<String, BlockTime> before = BlockTime.of(FIRST, Map.of());

        assertThat(BlockTime.of(later, before).get("a-1@skilltree"))
                .isEqualTo(new BlockTime(MONDAY.plusDays(1), 60, 1));
        assertThat(BlockTime.of(longer, before).get("a-1@skilltree").sequence())
                .as("same day and length")
                .isZero();
        assertThat(BlockTime.of(longer, before).get("a-2@skilltree"))
                .as("half an hour now")
                .isEqualTo(new BlockTime(MONDAY.plusDays(1), 30, 1));
    }

    @Test
    void aBlockDroppedByAReplanIsKeptSoItsSequenceGoesOnWhenItComesBack() {
        Plan shorter = Fixtures.plan(Fixtures.hoursEveryDay(1), Topic.of("a", 0, 1, 1));
        Map<String, BlockTime> dropped = BlockTime.of(shorter, BlockTime.of(FIRST, Map.of()));
        Plan moved = Fixtures.PLANNER.plan(Fixtures.request(Fixtures.hoursEveryDay(1), Topic.of("a", 0, 2, 2))
                .withStart(MONDAY.plusDays(3)));

        assertThat(dropped).containsEntry("a-2@skilltree", new BlockTime(MONDAY.plusDays(1), 60, 0));
        assertThat(BlockTime.of(moved, dropped).get("a-2@skilltree").sequence()).isEqualTo(1);
    }
}
