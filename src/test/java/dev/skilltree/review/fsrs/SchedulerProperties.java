package dev.skilltree.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SchedulerProperties {

    private static final Instant START = Instant.parse("2024-03-01T08:00:00Z");

    /** One review: a rating, given either when the card is due or some seconds after the previous review. */
    record Step(Rating rating, boolean atDue, long secondsAfterPrevious) {

        Instant when(Card card) {
            if (card.lastReview() == null) {
                return START;
            }
            return atDue ? card.due() : card.lastReview().plusSeconds(secondsAfterPrevious);
        }
    }

    @Provide
    Arbitrary<Step> steps() {
        Arbitrary<Long> gap = Arbitraries.oneOf(
                Arbitraries.longs().between(0, Duration.ofHours(30).toSeconds()),
                Arbitraries.longs().between(0, Duration.ofDays(3_000).toSeconds()));
        return Combinators.combine(Arbitraries.of(Rating.class), Arbitraries.of(true, false), gap)
                .as(Step::new);
    }

    @Provide
    Arbitrary<Double> retention() {
        return Arbitraries.integers().between(70, 99).map(percent -> percent / 100.0);
    }

    @Provide
    Arbitrary<Parameters> parameters() {
        double[] low = {
            0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001, 0.001, 0.0, 0.0, 1.0,
            0.0, 0.0, 0.0, 0.1
        };
        double[] high = {
            100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0,
            0.8, 0.8
        };
        return Arbitraries.doubles()
                .between(0, 1)
                .array(double[].class)
                .ofSize(Parameters.COUNT)
                .map(u -> {
                    double[] w = new double[Parameters.COUNT];
                    for (int i = 0; i < w.length; i++) {
                        w[i] = low[i] + u[i] * (high[i] - low[i]);
                    }
                    return Parameters.of(w);
                });
    }

    @Property
    void intervalsNeverShrinkUnderRepeatedGood(
            @ForAll @Size(max = 20) List<@From("steps") Step> history,
            @ForAll("retention") double retention,
            @ForAll @IntRange(min = 2, max = 25) int goods) {
        Scheduler scheduler = scheduler(
                Parameters.defaults(),
                Settings.defaults().withDesiredRetention(retention).withFuzzing(false));
        Card card = play(scheduler, history);

        Duration previous = Duration.ZERO;
        for (int i = 0; i < goods; i++) {
            card = scheduler
                    .review(card, Rating.GOOD, card.lastReview() == null ? START : card.due())
                    .card();
            Duration interval = Duration.between(card.lastReview(), card.due());
            assertThat(interval).isGreaterThanOrEqualTo(previous);
            previous = interval;
        }
    }

    @Property
    void againAlwaysSendsAReviewCardToRelearning(
            @ForAll @Size(min = 1, max = 25) List<@From("steps") Step> history,
            @ForAll("retention") double retention,
            @ForAll @IntRange(min = 0, max = 4_000_000) int secondsLater,
            @ForAll @IntRange(min = 1, max = 7_200) int firstRelearningStepSeconds) {
        Duration relearningStep = Duration.ofSeconds(firstRelearningStepSeconds);
        Scheduler scheduler = scheduler(
                Parameters.defaults(),
                Settings.defaults()
                        .withDesiredRetention(retention)
                        .withRelearningSteps(List.of(relearningStep, Duration.ofHours(3))));
        Card card = play(scheduler, history);
        if (card.state() != State.REVIEW) {
            card = scheduler.review(card, Rating.EASY, card.due()).card();
        }
        assertThat(card.state()).isEqualTo(State.REVIEW);
        Instant at = card.lastReview().plusSeconds(secondsLater);

        Card lapsed = scheduler.review(card, Rating.AGAIN, at).card();

        assertThat(lapsed.state()).isEqualTo(State.RELEARNING);
        assertThat(lapsed.step()).isZero();
        assertThat(lapsed.due()).isEqualTo(at.plus(relearningStep));
    }

    @Property
    void difficultyStaysBetweenOneAndTen(
            @ForAll @Size(min = 1, max = 40) List<@From("steps") Step> history,
            @ForAll("parameters") Parameters parameters,
            @ForAll("retention") double retention) {
        Scheduler scheduler = scheduler(parameters, Settings.defaults().withDesiredRetention(retention));
        Card card = Card.newCard(START);
        for (Step step : history) {
            card = scheduler.review(card, step.rating(), step.when(card)).card();
            assertThat(card.difficulty()).isBetween(1.0, 10.0);
            assertThat(card.stability()).isGreaterThanOrEqualTo(0.001);
        }
    }

    @Property
    void replayingTheReviewLogOfANewCardGivesTheStoredState(
            @ForAll @Size(max = 40) List<@From("steps") Step> history,
            @ForAll("retention") double retention,
            @ForAll boolean fuzzing,
            @ForAll long seed) {
        Settings settings = Settings.defaults().withDesiredRetention(retention).withFuzzing(fuzzing);
        Scheduler original = new Scheduler(Parameters.defaults(), settings, new SplittableRandom(seed));
        Card card = Card.newCard(START);
        List<ReviewLog> logs = new ArrayList<>();
        for (Step step : history) {
            ReviewResult result = original.review(card, step.rating(), step.when(card));
            card = result.card();
            logs.add(result.log());
        }

        Scheduler replaying = new Scheduler(Parameters.defaults(), settings, new SplittableRandom(seed));
        assertThat(replaying.reschedule(Card.newCard(START), logs)).isEqualTo(card);
    }

    private static Scheduler scheduler(Parameters parameters, Settings settings) {
        return new Scheduler(parameters, settings, new SplittableRandom(42));
    }

    private static Card play(Scheduler scheduler, List<Step> history) {
        Card card = Card.newCard(START);
        for (Step step : history) {
            card = scheduler.review(card, step.rating(), step.when(card)).card();
        }
        return card;
    }
}
