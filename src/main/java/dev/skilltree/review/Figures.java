package dev.skilltree.review;

import dev.skilltree.review.fsrs.Rating;
import dev.skilltree.review.fsrs.State;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Computes a learner's review figures from their cards' schedules and the last 30 days of their log. */
final class Figures {

    static final int DAYS = 30;

    private Figures() {}

    /** The first day of the 30 whose reviews are counted, {@code today} being the last. */
    static LocalDate firstDay(LocalDate today) {
        return today.minusDays(DAYS - 1);
    }

    static ReviewStats of(
            List<dev.skilltree.review.fsrs.Card> schedules,
            List<ReviewRepository.Logged> logs,
            LocalDate today,
            ZoneId zone) {
        Map<String, Integer> byState = new LinkedHashMap<>();
        for (String state : List.of("new", "learning", "review", "relearning")) {
            byState.put(state, 0);
        }
        int[] forecast = new int[DAYS];
        for (dev.skilltree.review.fsrs.Card card : schedules) {
            byState.merge(DeckCard.stateName(card), 1, Integer::sum);
            long day = Math.max(0, ChronoUnit.DAYS.between(today, LocalDate.ofInstant(card.due(), zone)));
            if (day < DAYS) {
                forecast[(int) day]++;
            }
        }
        LocalDate first = firstDay(today);
        int[] perDay = new int[DAYS];
        int reviewed = 0;
        int recalled = 0;
        for (ReviewRepository.Logged log : logs) {
            long day = ChronoUnit.DAYS.between(first, LocalDate.ofInstant(log.at(), zone));
            if (day < 0 || day >= DAYS) {
                continue;
            }
            perDay[(int) day]++;
            if (log.before() == State.REVIEW) {
                reviewed++;
                recalled += log.rating() == Rating.AGAIN ? 0 : 1;
            }
        }
        return new ReviewStats(
                byState,
                forecast[0],
                days(first, perDay),
                new ReviewStats.Retention(reviewed, recalled, reviewed == 0 ? null : (double) recalled / reviewed),
                days(today, forecast));
    }

    private static List<ReviewStats.Day> days(LocalDate first, int[] counts) {
        List<ReviewStats.Day> days = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            days.add(new ReviewStats.Day(first.plusDays(i), counts[i]));
        }
        return days;
    }
}
