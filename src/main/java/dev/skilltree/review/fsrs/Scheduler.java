package dev.skilltree.review.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * FSRS-6 scheduler: reviews cards and decides when each is due again.
 *
 * <p>Behaves like py-fsrs 6.3.1 ({@code fsrs/scheduler.py}, tag v6.3.1): the same state machine over
 * learning, review and relearning, the same step handling, same-day short-term stability, whole-day intervals
 * and fuzz. Fuzz takes one {@code nextDouble()} from the injected generator per fuzzed interval, so a scheduler
 * is only as thread-safe as its generator.
 */
public final class Scheduler {

    private static final long SECONDS_PER_DAY = 86_400;

    private final Parameters parameters;
    private final Settings settings;
    private final RandomGenerator random;
    private final MemoryModel model;

    public Scheduler(Parameters parameters, Settings settings, RandomGenerator random) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.random = Objects.requireNonNull(random, "random");
        this.model = new MemoryModel(parameters, settings.desiredRetention());
    }

    public Parameters parameters() {
        return parameters;
    }

    public Settings settings() {
        return settings;
    }

    /** Reviews {@code card} with {@code rating} at instant {@code at}. */
    public ReviewResult review(Card card, Rating rating, Instant at) {
        Card next = schedule(card, rating, at, settings.fuzzing());
        return new ReviewResult(next, new ReviewLog(rating, at));
    }

    /**
     * Probability that the card is recalled at {@code at}; 0 for a card never reviewed. Like the reference,
     * only whole days since the last review count, so it stays 1 for the first 24 hours.
     */
    public double retrievability(Card card, Instant at) {
        Objects.requireNonNull(at, "at");
        if (card.lastReview() == null || card.stability() == null) {
            return 0;
        }
        long elapsedDays = Math.max(0, wholeDaysBetween(card.lastReview(), at));
        return model.retrievability(elapsedDays, card.stability());
    }

    /**
     * How long until the card would be due after each rating at {@code at}, for showing on answer buttons.
     * These are the intervals before fuzz; nothing is drawn from the random generator.
     */
    public Map<Rating, Duration> nextIntervals(Card card, Instant at) {
        Map<Rating, Duration> intervals = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            intervals.put(
                    rating,
                    Duration.between(at, schedule(card, rating, at, false).due()));
        }
        return Collections.unmodifiableMap(intervals);
    }

    /**
     * Recomputes a card from its review history with this scheduler, starting from a new card due when
     * {@code card} is due. The logs may come in any order; they are replayed oldest first.
     */
    public Card reschedule(Card card, List<ReviewLog> logs) {
        Card rescheduled = Card.newCard(card.due());
        List<ReviewLog> ordered = logs.stream()
                .sorted(Comparator.comparing(ReviewLog::reviewedAt))
                .toList();
        for (ReviewLog log : ordered) {
            rescheduled = review(rescheduled, log.rating(), log.reviewedAt()).card();
        }
        return rescheduled;
    }

    private Card schedule(Card card, Rating rating, Instant at, boolean fuzz) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(at, "at");

        double stability;
        double difficulty;
        boolean sameDay = card.lastReview() != null && wholeDaysBetween(card.lastReview(), at) < 1;
        if (!card.hasMemoryState()) {
            stability = model.initialStability(rating);
            difficulty = model.initialDifficulty(rating, true);
        } else {
            stability = sameDay
                    ? model.shortTermStability(card.stability(), rating)
                    : model.nextStability(card.difficulty(), card.stability(), retrievability(card, at), rating);
            difficulty = model.nextDifficulty(card.difficulty(), rating);
        }

        Next next =
                switch (card.state()) {
                    case LEARNING ->
                        throughSteps(State.LEARNING, settings.learningSteps(), card.step(), rating, stability);
                    case RELEARNING ->
                        throughSteps(State.RELEARNING, settings.relearningSteps(), card.step(), rating, stability);
                    case REVIEW -> fromReview(rating, stability);
                };

        Duration interval = next.interval();
        if (fuzz && next.state() == State.REVIEW) {
            interval = Duration.ofDays(Fuzz.apply(interval.toDays(), settings.maximumIntervalDays(), random));
        }
        return new Card(next.state(), next.step(), stability, difficulty, at.plus(interval), at);
    }

    private record Next(State state, Integer step, Duration interval) {}

    // Learning and relearning move through their steps the same way.
    private Next throughSteps(State state, List<Duration> steps, int step, Rating rating, double stability) {
        // A card can sit on a step this scheduler no longer has (it was scheduled with more steps before).
        if (steps.isEmpty() || (step >= steps.size() && rating != Rating.AGAIN)) {
            return toReview(stability);
        }
        return switch (rating) {
            case AGAIN -> new Next(state, 0, steps.get(0));
            case HARD -> new Next(state, step, hardStep(steps, step));
            case GOOD ->
                step + 1 == steps.size() ? toReview(stability) : new Next(state, step + 1, steps.get(step + 1));
            case EASY -> toReview(stability);
        };
    }

    // Hard repeats the current step, except on the first step where it waits
    // half-way to the second step, or 1.5 times the only step.
    private static Duration hardStep(List<Duration> steps, int step) {
        if (step == 0 && steps.size() == 1) {
            return steps.get(0).multipliedBy(3).dividedBy(2);
        }
        if (step == 0) {
            return steps.get(0).plus(steps.get(1)).dividedBy(2);
        }
        return steps.get(step);
    }

    private Next fromReview(Rating rating, double stability) {
        if (rating == Rating.AGAIN && !settings.relearningSteps().isEmpty()) {
            return new Next(State.RELEARNING, 0, settings.relearningSteps().get(0));
        }
        return toReview(stability);
    }

    private Next toReview(double stability) {
        long days = model.intervalDays(stability, settings.maximumIntervalDays());
        return new Next(State.REVIEW, null, Duration.ofDays(days));
    }

    /** Whole days from {@code from} to {@code to}, rounded down (negative if {@code to} is earlier). */
    static long wholeDaysBetween(Instant from, Instant to) {
        return Math.floorDiv(Duration.between(from, to).getSeconds(), SECONDS_PER_DAY);
    }
}
