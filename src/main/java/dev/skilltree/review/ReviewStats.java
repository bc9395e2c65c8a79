package dev.skilltree.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A learner's review figures.
 *
 * @param byState        cards held, by new, learning, review and relearning
 * @param dueToday       cards due by the end of today
 * @param reviewsPerDay  ratings on each of the last 30 days, oldest first
 * @param retention      of the last 30 days' reviews of cards in review, how many were recalled (not Again)
 * @param forecast       cards falling due on each of the next 30 days, today first (today includes the overdue)
 */
public record ReviewStats(
        Map<String, Integer> byState, int dueToday, List<Day> reviewsPerDay, Retention retention, List<Day> forecast) {

    public record Day(LocalDate date, int count) {}

    /** True retention: recalled of reviewed, over review-state cards only; {@code rate} is null with no reviews. */
    public record Retention(int reviewed, int recalled, Double rate) {}

    public int cards() {
        return byState.values().stream().mapToInt(Integer::intValue).sum();
    }
}
