package dev.skilltree.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SchedulerTest {

    private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");

    private final Scheduler scheduler = withoutFuzz(Settings.defaults());

    private static Scheduler withoutFuzz(Settings settings) {
        return new Scheduler(Parameters.defaults(), settings.withFuzzing(false), new ReplayedDraws());
    }

    @Test
    void matchesTheReferenceIntervalsForGoodAgainGood() {
        List<Rating> ratings = new ArrayList<>();
        ratings.addAll(List.of(Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD));
        ratings.addAll(List.of(Rating.AGAIN, Rating.AGAIN));
        ratings.addAll(List.of(Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD));

        Card card = Card.newCard(START);
        Instant at = START;
        List<Long> intervals = new ArrayList<>();
        for (Rating rating : ratings) {
            card = scheduler.review(card, rating, at).card();
            intervals.add(Duration.between(card.lastReview(), card.due()).toDays());
            at = card.due();
        }

        assertThat(intervals).containsExactly(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L);
    }

    @Test
    void reachesTheReferenceMemoryStateForReviewsAtGivenDays() {
        // py-fsrs 6.3.1 test_memo_state: Again then five Goods, 0, 0, 1, 3, 8 and 21 days apart
        Card card = Card.newCard(START);
        Instant at = START;
        Rating[] ratings = {Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD};
        int[] days = {0, 0, 1, 3, 8, 21};
        for (int i = 0; i < ratings.length; i++) {
            at = at.plus(Duration.ofDays(days[i]));
            card = scheduler.review(card, ratings[i], at).card();
        }

        assertThat(card.stability()).isCloseTo(53.62691, within(1e-4));
        assertThat(card.difficulty()).isCloseTo(6.3574867, within(1e-4));
    }

    @Test
    void firstReviewOfANewCardFollowsTheLearningSteps() {
        Card card = Card.newCard(START);

        assertThat(scheduler.review(card, Rating.AGAIN, START).card())
                .isEqualTo(new Card(State.LEARNING, 0, 0.212, 6.4133, START.plusSeconds(60), START));
        assertThat(scheduler.review(card, Rating.HARD, START).card())
                .isEqualTo(new Card(State.LEARNING, 0, 1.2931, 5.112170705601056, START.plusSeconds(330), START));
        assertThat(scheduler.review(card, Rating.GOOD, START).card())
                .isEqualTo(new Card(State.LEARNING, 1, 2.3065, 2.118103970459016, START.plusSeconds(600), START));
        assertThat(scheduler.review(card, Rating.EASY, START).card())
                .isEqualTo(new Card(State.REVIEW, null, 8.2956, 1.0, START.plus(Duration.ofDays(8)), START));
    }

    @Test
    void nextIntervalsShowWhatEachButtonWouldDo() {
        Map<Rating, Duration> intervals = scheduler.nextIntervals(Card.newCard(START), START);

        assertThat(intervals)
                .containsExactly(
                        Map.entry(Rating.AGAIN, Duration.ofMinutes(1)),
                        Map.entry(Rating.HARD, Duration.ofSeconds(330)),
                        Map.entry(Rating.GOOD, Duration.ofMinutes(10)),
                        Map.entry(Rating.EASY, Duration.ofDays(8)));
    }

    @Test
    void nextIntervalsDrawNoFuzz() {
        ReplayedDraws noDraws = new ReplayedDraws();
        Scheduler fuzzing = new Scheduler(Parameters.defaults(), Settings.defaults(), noDraws);
        Card review = reviewCard();

        assertThat(fuzzing.nextIntervals(review, review.due()).get(Rating.GOOD)).isEqualTo(Duration.ofDays(11));
    }

    @Test
    void againSendsAReviewCardToItsFirstRelearningStep() {
        Card review = reviewCard();

        Card lapsed = scheduler.review(review, Rating.AGAIN, review.due()).card();

        assertThat(lapsed.state()).isEqualTo(State.RELEARNING);
        assertThat(lapsed.step()).isZero();
        assertThat(lapsed.due()).isEqualTo(review.due().plus(Duration.ofMinutes(10)));
        assertThat(lapsed.stability()).isLessThan(review.stability());
    }

    @Test
    void againKeepsACardInReviewWhenThereAreNoRelearningSteps() {
        Scheduler noRelearning = withoutFuzz(Settings.defaults().withRelearningSteps(List.of()));
        Card review = reviewCard();

        Card lapsed = noRelearning.review(review, Rating.AGAIN, review.due()).card();

        assertThat(lapsed.state()).isEqualTo(State.REVIEW);
        assertThat(lapsed.step()).isNull();
        assertThat(Duration.between(lapsed.lastReview(), lapsed.due()).toDays()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aNewCardGoesStraightToReviewWithoutLearningSteps() {
        Scheduler noLearning = withoutFuzz(Settings.defaults().withLearningSteps(List.of()));

        Card card = noLearning.review(Card.newCard(START), Rating.AGAIN, START).card();

        assertThat(card.state()).isEqualTo(State.REVIEW);
        assertThat(card.due()).isEqualTo(START.plus(Duration.ofDays(1)));
    }

    @Test
    void hardOnTheOnlyStepWaitsOneAndAHalfSteps() {
        Scheduler oneStep = withoutFuzz(Settings.defaults().withLearningSteps(List.of(Duration.ofMinutes(10))));

        Card card = oneStep.review(Card.newCard(START), Rating.HARD, START).card();

        assertThat(card.due()).isEqualTo(START.plus(Duration.ofMinutes(15)));
    }

    @Test
    void aCardOnAStepThisSchedulerNoLongerHasGraduatesUnlessForgotten() {
        Card leftover = new Card(State.LEARNING, 2, 2.3065, 2.118103970459016, START, START.minusSeconds(600));

        assertThat(scheduler.review(leftover, Rating.HARD, START).card().state())
                .isEqualTo(State.REVIEW);
        assertThat(scheduler.review(leftover, Rating.AGAIN, START).card())
                .extracting(Card::state, Card::step)
                .containsExactly(State.LEARNING, 0);
    }

    @Test
    void intervalsAreCappedAtTheMaximum() {
        Scheduler capped = withoutFuzz(Settings.defaults().withMaximumIntervalDays(30));
        Card card = Card.newCard(START);
        for (int i = 0; i < 8; i++) {
            card = capped.review(card, Rating.EASY, card.lastReview() == null ? START : card.due())
                    .card();
        }

        assertThat(Duration.between(card.lastReview(), card.due())).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void repeatedEasyDrivesDifficultyToItsFloor() {
        Card card = Card.newCard(START);
        for (int i = 0; i < 10; i++) {
            card = scheduler
                    .review(card, Rating.EASY, START.plusNanos(i * 1_000L))
                    .card();
        }

        assertThat(card.difficulty()).isEqualTo(1.0);
    }

    @Test
    void retrievabilityIsZeroForANewCardAndDesiredRetentionAfterStabilityDays() {
        Card card = new Card(State.REVIEW, null, 10.0, 5.0, START.plus(Duration.ofDays(10)), START);

        assertThat(scheduler.retrievability(Card.newCard(START), START)).isZero();
        assertThat(scheduler.retrievability(card, START.plus(Duration.ofHours(23))))
                .isEqualTo(1.0);
        assertThat(scheduler.retrievability(card, START.plus(Duration.ofDays(10))))
                .isCloseTo(0.9, within(1e-12));
        assertThat(scheduler.retrievability(card, START.plus(Duration.ofDays(100))))
                .isBetween(0.0, 0.9);
    }

    @Test
    void theLogRecordsRatingAndTime() {
        ReviewResult result = scheduler.review(Card.newCard(START), Rating.HARD, START);

        assertThat(result.log()).isEqualTo(new ReviewLog(Rating.HARD, START));
    }

    @Test
    void reschedulingFromTheLogsInAnyOrderGivesTheSameCard() {
        Scheduler fuzzing = new Scheduler(Parameters.defaults(), Settings.defaults(), new SplittableRandom(7));
        Card card = Card.newCard(START);
        List<ReviewLog> logs = new ArrayList<>();
        for (Rating rating : List.of(Rating.GOOD, Rating.GOOD, Rating.HARD, Rating.AGAIN, Rating.GOOD, Rating.EASY)) {
            ReviewResult result = fuzzing.review(card, rating, card.lastReview() == null ? START : card.due());
            card = result.card();
            logs.add(result.log());
        }
        List<ReviewLog> shuffled = new ArrayList<>(logs.reversed());

        Scheduler sameDraws = new Scheduler(Parameters.defaults(), Settings.defaults(), new SplittableRandom(7));
        assertThat(sameDraws.reschedule(card, shuffled)).isEqualTo(card);
    }

    @Test
    void reschedulingWithDifferentSettingsMovesTheDueDate() {
        Card card = Card.newCard(START);
        List<ReviewLog> logs = new ArrayList<>();
        for (Rating rating : List.of(Rating.GOOD, Rating.GOOD, Rating.GOOD)) {
            ReviewResult result = scheduler.review(card, rating, card.lastReview() == null ? START : card.due());
            card = result.card();
            logs.add(result.log());
        }

        Card stricter =
                withoutFuzz(Settings.defaults().withDesiredRetention(0.97)).reschedule(card, logs);

        assertThat(stricter.stability()).isEqualTo(card.stability());
        assertThat(stricter.due()).isBefore(card.due());
    }

    private Card reviewCard() {
        Card card = scheduler.review(Card.newCard(START), Rating.GOOD, START).card();
        card = scheduler.review(card, Rating.GOOD, card.due()).card();
        assertThat(card.state()).isEqualTo(State.REVIEW);
        return card;
    }
}
