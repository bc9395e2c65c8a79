package dev.skilltree.review.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Plays a sequence of ratings through a scheduler, starting from a new card. */
public final class Simulator {

    private final Scheduler scheduler;

    public Simulator(Scheduler scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    /** Reviews first at {@code start}, then each time exactly when the card falls due. */
    public List<SimulatedReview> simulate(Instant start, List<Rating> ratings) {
        return simulate(start, ratings, List.of());
    }

    /**
     * Reviews a new card once per rating. With no {@code dayOffsets}, the first review is at {@code start} and
     * each later one when the card falls due. Otherwise there must be one offset per rating: review i happens
     * {@code dayOffsets[i]} days after review i−1 (the first one, that many days after {@code start}).
     */
    public List<SimulatedReview> simulate(Instant start, List<Rating> ratings, List<Integer> dayOffsets) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(ratings, "ratings");
        Objects.requireNonNull(dayOffsets, "dayOffsets");
        if (!dayOffsets.isEmpty() && dayOffsets.size() != ratings.size()) {
            throw new IllegalArgumentException(
                    "give one day offset per rating (" + ratings.size() + ") or none, got " + dayOffsets.size());
        }
        for (Integer offset : dayOffsets) {
            if (offset == null || offset < 0) {
                throw new IllegalArgumentException("day offsets must be 0 or more, got " + offset);
            }
        }

        List<SimulatedReview> reviews = new ArrayList<>(ratings.size());
        Card card = Card.newCard(start);
        Instant previous = start;
        for (int i = 0; i < ratings.size(); i++) {
            Rating rating = Objects.requireNonNull(ratings.get(i), "rating " + i);
            Instant at = dayOffsets.isEmpty()
                    ? (i == 0 ? start : card.due())
                    : previous.plus(Duration.ofDays(dayOffsets.get(i)));
            card = scheduler.review(card, rating, at).card();
            reviews.add(new SimulatedReview(
                    rating,
                    at,
                    card.state(),
                    Scheduler.wholeDaysBetween(at, card.due()),
                    card.stability(),
                    card.difficulty(),
                    card.due()));
            previous = at;
        }
        return List.copyOf(reviews);
    }
}
