package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompletionScaleTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-21");

    private static CompletionScale scale(Activity.Point... points) {
        return CompletionScale.of(new Activity(Map.of(), 0, List.of(points), TODAY), 640, 220);
    }

    @Test
    void rangesFromZeroToARoundNumberJustAboveTheMostCompleteNotTheWholeRoadmap() {
        assertThat(scale(new Activity.Point(TODAY, 2)).yTicks()).containsExactly(0, 1, 2);
        assertThat(scale(new Activity.Point(TODAY, 7)).yTicks()).containsExactly(0, 2, 4, 6, 8);
        assertThat(scale(new Activity.Point(TODAY, 37)).yTicks()).containsExactly(0, 10, 20, 30, 40);
        assertThat(scale().yTicks()).containsExactly(0, 1);
    }

    @Test
    void spansAtLeastAWeekSoThatNoTwoDateLabelsRepeat() {
        CompletionScale one = scale(new Activity.Point(TODAY, 1));

        assertThat(one.start()).isEqualTo(TODAY.minusDays(6));
        assertThat(one.xTicks().stream().map(one::label).distinct()).hasSize(7);
        assertThat(one.xTicks().getLast()).isEqualTo(TODAY);
    }

    @Test
    void startsAtTheFirstChangeWhenItIsLongerAgo() {
        CompletionScale year = scale(new Activity.Point(LocalDate.parse("2025-12-01"), 1));

        assertThat(year.start()).isEqualTo(LocalDate.parse("2025-12-01"));
        assertThat(year.label(year.start())).isEqualTo("2025-12-01");
        assertThat(year.label(TODAY)).isEqualTo("11-21");
        assertThat(year.xTicks()).hasSize(5).doesNotHaveDuplicates().endsWith(TODAY);
    }

    @Test
    void picksStepsOfOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(List.of(1, 4, 5, 8, 9, 20, 21, 376).stream().map(CompletionScale::step))
                .containsExactly(1, 1, 2, 2, 5, 5, 10, 100);
    }
}
