package dev.skilltree.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeekSpreadTest {

    private static final int[] EVERY_DAY = {1, 1, 1, 1, 1, 1, 1};

    @Test
    void sharesTheMinutesInProportionToTheWeights() {
        Map<DayOfWeek, Integer> week = WeekSpread.distribute(600, new int[] {1, 0, 0, 0, 0, 3, 1});

        assertThat(week)
                .containsEntry(DayOfWeek.MONDAY, 120)
                .containsEntry(DayOfWeek.SATURDAY, 360)
                .containsEntry(DayOfWeek.SUNDAY, 120)
                .containsEntry(DayOfWeek.TUESDAY, 0);
    }

    @Test
    void roundingLeftoversGoToTheEarliestDaysAndTheSharesAddUpToTheTotal() {
        Map<DayOfWeek, Integer> week = WeekSpread.distribute(60, EVERY_DAY);

        assertThat(week.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(60);
        assertThat(week)
                .containsEntry(DayOfWeek.MONDAY, 9)
                .containsEntry(DayOfWeek.TUESDAY, 9)
                .containsEntry(DayOfWeek.WEDNESDAY, 9)
                .containsEntry(DayOfWeek.THURSDAY, 9)
                .containsEntry(DayOfWeek.FRIDAY, 8)
                .containsEntry(DayOfWeek.SUNDAY, 8);
    }

    @Test
    void noDayGetsMoreThanADayAndTheRestGoesToTheOthers() {
        Map<DayOfWeek, Integer> week = WeekSpread.distribute(40 * 60, new int[] {10, 1, 0, 0, 0, 0, 0});

        assertThat(week).containsEntry(DayOfWeek.MONDAY, 24 * 60).containsEntry(DayOfWeek.TUESDAY, 16 * 60);
    }
}
