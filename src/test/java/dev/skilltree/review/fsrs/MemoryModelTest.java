package dev.skilltree.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MemoryModelTest {

    private static final Parameters DEFAULTS = Parameters.defaults();
    private static final MemoryModel MODEL = new MemoryModel(DEFAULTS, 0.9);
    private static final int NO_LIMIT = 36_500;

    @Test
    void recallIsCertainAtOnceAndNinetyPercentAfterStabilityDays() {
        assertThat(MODEL.retrievability(0, 10.0)).isEqualTo(1.0);
        assertThat(MODEL.retrievability(10, 10.0)).isCloseTo(0.9, within(1e-12));
        assertThat(MODEL.retrievability(30, 10.0)).isLessThan(MODEL.retrievability(20, 10.0));
        assertThat(MODEL.retrievability(10, 20.0)).isGreaterThan(0.9);
    }

    @Test
    void theIntervalIsWhenRecallDropsToTheDesiredRetention() {
        assertThat(MODEL.intervalDays(10.0, NO_LIMIT)).isEqualTo(10);
        assertThat(new MemoryModel(DEFAULTS, 0.8).intervalDays(10.0, NO_LIMIT))
                .as("asking for less retention waits longer")
                .isGreaterThan(10);
        assertThat(new MemoryModel(DEFAULTS, 0.97).intervalDays(10.0, NO_LIMIT)).isLessThan(10);
    }

    @Test
    void theIntervalIsAtLeastADayAndAtMostTheMaximum() {
        assertThat(MODEL.intervalDays(0.01, NO_LIMIT)).isEqualTo(1);
        assertThat(MODEL.intervalDays(100_000.0, 365)).isEqualTo(365);
    }

    @Test
    void aFirstRatingSetsTheStabilityItsWeightGives() {
        for (Rating rating : Rating.values()) {
            assertThat(MODEL.initialStability(rating)).isEqualTo(DEFAULTS.w(rating.grade() - 1));
        }
        assertThat(MODEL.initialStability(Rating.AGAIN)).isLessThan(MODEL.initialStability(Rating.HARD));
        assertThat(MODEL.initialStability(Rating.GOOD)).isLessThan(MODEL.initialStability(Rating.EASY));
    }

    @Test
    void anEasierFirstRatingMakesTheCardLessDifficultWithinOneToTen() {
        double again = MODEL.initialDifficulty(Rating.AGAIN, true);
        double easy = MODEL.initialDifficulty(Rating.EASY, true);

        assertThat(again).isGreaterThan(MODEL.initialDifficulty(Rating.GOOD, true));
        assertThat(easy).isLessThan(MODEL.initialDifficulty(Rating.GOOD, true));
        assertThat(again).isBetween(MemoryModel.MIN_DIFFICULTY, MemoryModel.MAX_DIFFICULTY);
        assertThat(easy).isBetween(MemoryModel.MIN_DIFFICULTY, MemoryModel.MAX_DIFFICULTY);
    }

    @Test
    void againRaisesTheDifficultyEasyLowersItAndNeitherLeavesOneToTen() {
        double difficulty = 5.0;

        assertThat(MODEL.nextDifficulty(difficulty, Rating.AGAIN)).isGreaterThan(difficulty);
        assertThat(MODEL.nextDifficulty(difficulty, Rating.EASY)).isLessThan(difficulty);
        double hardest = difficulty;
        double easiest = difficulty;
        for (int i = 0; i < 200; i++) {
            hardest = MODEL.nextDifficulty(hardest, Rating.AGAIN);
            easiest = MODEL.nextDifficulty(easiest, Rating.EASY);
        }
        assertThat(hardest).isLessThanOrEqualTo(MemoryModel.MAX_DIFFICULTY).isGreaterThan(9);
        assertThat(easiest).isGreaterThanOrEqualTo(MemoryModel.MIN_DIFFICULTY);
    }

    @Test
    void aSameDayReviewNeverLowersTheStabilityOfARecalledCard() {
        for (double stability : new double[] {0.5, 3.0, 50.0}) {
            assertThat(MODEL.shortTermStability(stability, Rating.GOOD)).isGreaterThanOrEqualTo(stability);
            assertThat(MODEL.shortTermStability(stability, Rating.EASY)).isGreaterThanOrEqualTo(stability);
            assertThat(MODEL.shortTermStability(stability, Rating.AGAIN)).isLessThan(stability);
        }
    }

    @Test
    void recallingACardMakesItLastLongerTheEasierAndTheLaterItWasRecalled() {
        double stability = 10.0;
        double difficulty = 5.0;
        double due = MODEL.retrievability(10, stability);
        double late = MODEL.retrievability(30, stability);

        double hard = MODEL.nextStability(difficulty, stability, due, Rating.HARD);
        double good = MODEL.nextStability(difficulty, stability, due, Rating.GOOD);
        double easy = MODEL.nextStability(difficulty, stability, due, Rating.EASY);

        assertThat(hard).isGreaterThan(stability);
        assertThat(good).isGreaterThan(hard);
        assertThat(easy).isGreaterThan(good);
        assertThat(MODEL.nextStability(difficulty, stability, late, Rating.GOOD))
                .as("a card recalled against the odds was held better than thought")
                .isGreaterThan(good);
        assertThat(MODEL.nextStability(8.0, stability, due, Rating.GOOD))
                .as("a more difficult card grows less")
                .isLessThan(good);
    }

    @Test
    void forgettingACardShrinksItsStabilityButNotBelowTheMinimum() {
        assertThat(MODEL.nextStability(5.0, 10.0, 0.9, Rating.AGAIN)).isLessThan(10.0);
        assertThat(MODEL.nextStability(10.0, 0.0001, 0.5, Rating.AGAIN)).isEqualTo(MemoryModel.MIN_STABILITY);
    }
}
