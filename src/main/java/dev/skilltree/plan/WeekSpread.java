package dev.skilltree.plan;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;

final class WeekSpread {

    private WeekSpread() {}

    /**
     * Shares {@code total} minutes over the weekdays in proportion to {@code weights} (indexed by
     * {@link DayOfWeek#ordinal()}), no day above 24 h; the caller keeps {@code total} within what the days hold.
     * Rounding leftovers go to the earliest open days, so the shares always add up to {@code total}.
     */
    static Map<DayOfWeek, Integer> distribute(long total, int[] weights) {
        int[] minutes = new int[7];
        boolean[] full = new boolean[7];
        long left = total;
        boolean capped = true;
        while (capped) {
            capped = false;
            long weightSum = 0;
            for (int d = 0; d < 7; d++) {
                weightSum += full[d] ? 0 : weights[d];
            }
            for (int d = 0; d < 7 && weightSum > 0; d++) {
                if (!full[d] && weights[d] > 0 && (double) left * weights[d] / weightSum >= StudyWeek.MINUTES_PER_DAY) {
                    full[d] = true;
                    minutes[d] = StudyWeek.MINUTES_PER_DAY;
                    left -= StudyWeek.MINUTES_PER_DAY;
                    capped = true;
                }
            }
            if (!capped && weightSum > 0) {
                long given = 0;
                for (int d = 0; d < 7; d++) {
                    if (!full[d]) {
                        minutes[d] = (int) (left * weights[d] / weightSum);
                        given += minutes[d];
                    }
                }
                for (int d = 0; given < left && d < 7; d++) {
                    if (!full[d] && weights[d] > 0) {
                        minutes[d]++;
                        given++;
                    }
                }
            }
        }
        Map<DayOfWeek, Integer> result = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            result.put(day, minutes[day.ordinal()]);
        }
        return result;
    }
}
