package dev.skilltree.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.review.fsrs.Rating;
import dev.skilltree.review.fsrs.State;
import dev.skilltree.support.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @TempDir
    Path data;

    @AutoClose
    private TestDatabase db;

    private ReviewRepository reviews;
    private long learner;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(data);
        reviews = new ReviewRepository(db.jdbc());
        new CardRepository(db.jdbc())
                .replace(
                        "python",
                        List.of(card("c1", "closures"), card("c2", "closures"), card("g1", "generators")),
                        new CardRepository.Version("h", "builtin"),
                        NOW);
        learner = db.user("learner");
    }

    @Test
    void addsANodesCardsOnceAsNewCardsDueThen() {
        assertThat(reviews.addNodes(learner, "python", List.of("closures"), NOW))
                .isEqualTo(2);
        assertThat(reviews.addNodes(learner, "python", List.of("closures", "generators"), NOW))
                .isEqualTo(1);
        assertThat(reviews.addNodes(learner, "python", List.of(), NOW)).isZero();

        assertThat(reviews.find(learner, "c1")).hasValueSatisfying(held -> {
            assertThat(held.roadmap()).isEqualTo("python");
            assertThat(held.card().node()).isEqualTo("closures");
            assertThat(held.schedule()).isEqualTo(dev.skilltree.review.fsrs.Card.newCard(NOW));
            assertThat(held.stateName()).isEqualTo("new");
        });
        assertThat(reviews.ofNode(learner, "python", "closures"))
                .extracting(held -> held.card().id())
                .containsExactly("c1", "c2");
        assertThat(reviews.find(db.user("other"), "c1"))
                .as("another learner's deck")
                .isEmpty();
    }

    @Test
    void theQueueHoldsCardsDueEarliestFirstAndLearningStepsALittleAhead() {
        reviews.addNodes(learner, "python", List.of("closures", "generators"), NOW);
        reviews.update(learner, "c2", NOW, inReview(NOW.minus(Duration.ofDays(1))));
        reviews.update(learner, "g1", NOW, learning(NOW.plus(Duration.ofMinutes(10))));
        reviews.update(learner, "c1", NOW, inReview(NOW.plus(Duration.ofMinutes(10))));

        Instant ahead = NOW.plus(Duration.ofMinutes(20));

        assertThat(reviews.due(learner, NOW, ahead, 10))
                .as("a review card waits for its time; a learning step within the look-ahead does not")
                .extracting(held -> held.card().id())
                .containsExactly("c2", "g1");
        assertThat(reviews.countDue(learner, NOW, ahead)).isEqualTo(2);
        assertThat(reviews.due(learner, NOW, ahead, 1)).hasSize(1);
        assertThat(reviews.reviewed(learner))
                .extracting(ReviewRepository.Held::node)
                .containsOnly("closures", "generators");
        assertThat(reviews.schedules(learner)).hasSize(3);
    }

    @Test
    void aScheduleIsReplacedOnlyIfTheCardIsStillDueWhenItWasRead() {
        reviews.addNodes(learner, "python", List.of("closures"), NOW);

        boolean first = reviews.update(learner, "c1", NOW, inReview(NOW.plus(Duration.ofDays(3))));
        boolean stale = reviews.update(learner, "c1", NOW, inReview(NOW.plus(Duration.ofDays(9))));

        assertThat(first).isTrue();
        assertThat(stale).isFalse();
        assertThat(reviews.find(learner, "c1").orElseThrow().schedule().due()).isEqualTo(NOW.plus(Duration.ofDays(3)));
    }

    @Test
    void theLogGivesTheLastRatingWithTheScheduleBeforeItAndTheRatingsOfAPeriod() {
        reviews.addNodes(learner, "python", List.of("closures"), NOW);
        dev.skilltree.review.fsrs.Card before = dev.skilltree.review.fsrs.Card.newCard(NOW);
        reviews.log(learner, "c1", Rating.GOOD, NOW, false, before);
        reviews.log(learner, "c2", Rating.AGAIN, NOW.plusSeconds(60), true, inReview(NOW));

        ReviewRepository.LastRating last = reviews.last(learner).orElseThrow();

        assertThat(last.cardId()).isEqualTo("c2");
        assertThat(last.rating()).isEqualTo(Rating.AGAIN);
        assertThat(last.before()).isEqualTo(inReview(NOW));
        assertThat(reviews.between(learner, NOW, NOW.plusSeconds(61)))
                .containsExactly(
                        new ReviewRepository.Logged(NOW, Rating.GOOD, State.LEARNING, false),
                        new ReviewRepository.Logged(NOW.plusSeconds(60), Rating.AGAIN, State.REVIEW, true));
        reviews.deleteLog(last.id());
        assertThat(reviews.last(learner).orElseThrow().cardId()).isEqualTo("c1");
        assertThat(reviews.between(learner, NOW.plusSeconds(1), NOW.plusSeconds(61)))
                .isEmpty();
    }

    @Test
    void keepsALearnersDesiredRetention() {
        assertThat(reviews.retention(learner)).isEmpty();

        reviews.setRetention(learner, 0.85);
        reviews.setRetention(learner, 0.8);

        assertThat(reviews.retention(learner)).hasValue(0.8);
    }

    private static dev.skilltree.review.fsrs.Card inReview(Instant due) {
        return new dev.skilltree.review.fsrs.Card(State.REVIEW, null, 5.0, 5.0, due, NOW.minus(Duration.ofDays(5)));
    }

    private static dev.skilltree.review.fsrs.Card learning(Instant due) {
        return new dev.skilltree.review.fsrs.Card(State.LEARNING, 1, 1.0, 5.0, due, NOW);
    }

    private static Card card(String id, String node) {
        return Cards.stored(Cards.concept(id, node));
    }
}
