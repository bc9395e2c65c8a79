package dev.skilltree.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SimulatorTest {

    private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");

    private final Simulator simulator = new Simulator(
            new Scheduler(Parameters.defaults(), Settings.defaults().withFuzzing(false), new ReplayedDraws()));

    @Test
    void reviewingAtEachDueTimeGivesTheReferenceIntervals() {
        List<Rating> ratings = Stream.of(
                        Collections.nCopies(6, Rating.GOOD),
                        Collections.nCopies(2, Rating.AGAIN),
                        Collections.nCopies(5, Rating.GOOD))
                .flatMap(List::stream)
                .toList();

        List<SimulatedReview> reviews = simulator.simulate(START, ratings);

        assertThat(reviews)
                .extracting(SimulatedReview::intervalDays)
                .containsExactly(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L);
        assertThat(reviews.get(0).reviewedAt()).isEqualTo(START);
        for (int i = 1; i < reviews.size(); i++) {
            assertThat(reviews.get(i).reviewedAt()).isEqualTo(reviews.get(i - 1).due());
        }
        // from the py-fsrs 6.3.1 run of the same sequence (fsrs-vectors.tsv, case known-answer)
        assertThat(reviews.get(5).stability()).isEqualTo(497.8765551245907);
        assertThat(reviews.get(12).difficulty()).isEqualTo(9.055759917231622);
    }

    @Test
    void dayOffsetsCountFromThePreviousReview() {
        List<Rating> ratings = List.of(Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD);

        List<SimulatedReview> reviews = simulator.simulate(START, ratings, List.of(0, 0, 1, 3, 8, 21));

        assertThat(reviews)
                .extracting(SimulatedReview::reviewedAt)
                .containsExactly(
                        START,
                        START,
                        START.plus(Duration.ofDays(1)),
                        START.plus(Duration.ofDays(4)),
                        START.plus(Duration.ofDays(12)),
                        START.plus(Duration.ofDays(33)));
        SimulatedReview last = reviews.get(5);
        assertThat(last.stability()).isCloseTo(53.62691, within(1e-4));
        assertThat(last.difficulty()).isCloseTo(6.3574867, within(1e-4));
        assertThat(last.state()).isEqualTo(State.REVIEW);
        assertThat(last.intervalDays())
                .isEqualTo(Duration.between(last.reviewedAt(), last.due()).toDays());
    }

    @Test
    void needsOneOffsetPerRating() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> simulator.simulate(START, List.of(Rating.GOOD, Rating.GOOD), List.of(1)))
                .withMessage("give one day offset per rating (2) or none, got 1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> simulator.simulate(START, List.of(Rating.GOOD), List.of(-1)))
                .withMessage("day offsets must be 0 or more, got -1");
    }

    @Test
    void noRatingsSimulateNothing() {
        assertThat(simulator.simulate(START, List.of())).isEmpty();
    }
}
