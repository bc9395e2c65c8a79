package dev.skilltree.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

// Expected values were printed by py-fsrs 6.3.1 with random() pinned to the same draws.
class FuzzTest {

    @Test
    void leavesIntervalsUnderTwoAndAHalfDaysAloneWithoutDrawing() {
        ReplayedDraws noDraws = new ReplayedDraws();

        assertThat(Fuzz.apply(2, 36_500, noDraws)).isEqualTo(2);
    }

    @Test
    void spreadsWiderForLongerIntervals() {
        assertThat(Fuzz.range(3, 36_500)).isEqualTo(new Fuzz.Range(2, 4));
        assertThat(Fuzz.range(10, 36_500)).isEqualTo(new Fuzz.Range(8, 12));
        assertThat(Fuzz.range(46, 36_500)).isEqualTo(new Fuzz.Range(42, 50));
        assertThat(Fuzz.range(100, 36_500)).isEqualTo(new Fuzz.Range(93, 107));
    }

    @Test
    void mapsTheDrawOntoTheRangeLikeTheReference() {
        assertThat(fuzzed(46, 0.0)).isEqualTo(42);
        assertThat(fuzzed(100, 0.0)).isEqualTo(93);
        assertThat(fuzzed(100, 0.5)).isEqualTo(100);
        assertThat(fuzzed(36_500, 0.0)).isEqualTo(34_673);
        assertThat(fuzzed(36_500, 0.5)).isEqualTo(35_587);
    }

    @Test
    void roundsHalfwayDrawsToEvenLikePython() {
        assertThat(fuzzed(46, 0.5)).isEqualTo(46); // 42 + 0.5 * 9 = 46.5
        assertThat(fuzzed(10, 0.5)).isEqualTo(10); // 8 + 0.5 * 5 = 10.5
    }

    @Test
    void aTopDrawCanLandOneDayPastTheRangeAsInTheReference() {
        assertThat(fuzzed(3, 0.999999)).isEqualTo(5);
        assertThat(fuzzed(46, 0.999999)).isEqualTo(51);
    }

    @Test
    void neverExceedsTheMaximumInterval() {
        ReplayedDraws draws = new ReplayedDraws();
        draws.add(0.999999);

        assertThat(Fuzz.apply(30, 30, draws)).isEqualTo(30);
    }

    @Test
    void theSchedulerFuzzesOnlyReviewIntervals() {
        ReplayedDraws draws = new ReplayedDraws();
        Scheduler scheduler = new Scheduler(Parameters.defaults(), Settings.defaults(), draws);
        Instant start = Instant.parse("2022-11-29T12:30:00Z");

        Card learning =
                scheduler.review(Card.newCard(start), Rating.GOOD, start).card();
        assertThat(learning.due()).isEqualTo(start.plus(Duration.ofMinutes(10)));

        long unfuzzed = scheduler
                .nextIntervals(learning, learning.due())
                .get(Rating.EASY)
                .toDays();
        draws.add(0.0);
        Card review = scheduler.review(learning, Rating.EASY, learning.due()).card();

        assertThat(unfuzzed).isEqualTo(4);
        assertThat(draws.remaining()).isZero();
        assertThat(review.due()).isEqualTo(learning.due().plus(Duration.ofDays(3)));
    }

    private static long fuzzed(long days, double draw) {
        ReplayedDraws draws = new ReplayedDraws();
        draws.add(draw);
        return Fuzz.apply(days, 36_500, draws);
    }
}
