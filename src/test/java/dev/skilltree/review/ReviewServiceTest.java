package dev.skilltree.review;

import static dev.skilltree.review.ReviewFixtures.ROADMAP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.skilltree.config.Transactions;
import dev.skilltree.progress.ProgressService;
import dev.skilltree.progress.Status;
import dev.skilltree.review.fsrs.Rating;
import dev.skilltree.review.fsrs.State;
import dev.skilltree.roadmap.RoadmapService;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The review service over a real H2 database holding the small roadmap and deck of {@link ReviewFixtures}. */
class ReviewServiceTest {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    @TempDir
    Path data;

    private final MovableClock clock = new MovableClock(START);
    private TestDatabase db;
    private ProgressService progress;
    private ReviewService reviews;
    private long learner;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(data);
        Transactions transactions = new Transactions(db.dataSource());
        RoadmapService roadmaps =
                transactions.around(RoadmapService.of(db.jdbc(), new JdbcTemplate(db.dataSource()), clock));
        roadmaps.install(ReviewFixtures.roadmap());
        CardRepository cards = new CardRepository(db.jdbc());
        cards.replace(ROADMAP, ReviewFixtures.deck(), new CardRepository.Version("h1", "builtin"), START);
        progress = transactions.around(ProgressService.of(db.jdbc(), roadmaps, event -> {}, clock));
        reviews = transactions.around(
                new ReviewService(new ReviewRepository(db.jdbc()), cards, roadmaps, progress, clock));
        learner = db.user("learner");
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void catchingUpPutsTheCardsOfTopicsBegunOrDoneInTheDeckDueNowOnce() {
        progress.set(learner, ROADMAP, "closures", Status.LEARNING);
        progress.set(learner, ROADMAP, "generators", Status.DONE);
        progress.set(learner, ROADMAP, "decorators", Status.SKIPPED);
        ReviewService.Queue before = reviews.due(learner, 10);

        reviews.catchUp(learner);
        reviews.catchUp(learner);
        ReviewService.Queue due = reviews.due(learner, 10);

        assertThat(before.total()).isZero();
        assertThat(due.now()).isEqualTo(START);
        assertThat(due.total()).isEqualTo(3);
        assertThat(ids(due)).containsExactly("late-binding", "nonlocal", "yield-from");
        assertThat(due.cards())
                .allSatisfy(queued -> assertThat(queued.intervals()).containsKeys(Rating.values()));
    }

    @Test
    void theQueueShowsTheFirstCardsAndCountsThemAll() {
        reviews.addNode(learner, ROADMAP, "closures");
        reviews.addNode(learner, ROADMAP, "generators");

        ReviewService.Queue due = reviews.due(learner, 2);

        assertThat(due.total()).isEqualTo(3);
        assertThat(ids(due)).containsExactly("late-binding", "nonlocal");
    }

    @Test
    void addsANodesCardsOnceAndRefusesANodeTheRoadmapDoesNotHave() {
        int added = reviews.addNode(learner, ROADMAP, "closures");
        int again = reviews.addNode(learner, ROADMAP, "closures");

        assertThat(added).isEqualTo(2);
        assertThat(again).isZero();
        assertThatThrownBy(() -> reviews.addNode(learner, ROADMAP, "cobol"))
                .isInstanceOf(CardNotInDeck.class)
                .hasMessage("Roadmap 'python' has no topic with id 'cobol'.");
    }

    @Test
    void aRatingWithTheDueTimeSeenIsTakenOnceAndACardOutsideTheDeckIsRefused() {
        reviews.addNode(learner, ROADMAP, "closures");

        ReviewService.Rated rated = reviews.rate(learner, "late-binding", Rating.GOOD, START);

        assertThat(rated.cardId()).isEqualTo("late-binding");
        assertThat(rated.early()).isFalse();
        assertThat(rated.schedule().state()).isEqualTo(State.LEARNING);
        assertThat(rated.schedule().lastReview()).isEqualTo(START);
        assertThat(rated.intervals()).containsKeys(Rating.values());
        assertThatThrownBy(() -> reviews.rate(learner, "late-binding", Rating.AGAIN, START))
                .isInstanceOf(ReviewConflict.class)
                .hasMessageContaining("'late-binding' was rated meanwhile");
        assertThatThrownBy(() -> reviews.rate(learner, "wraps", Rating.GOOD, null))
                .isInstanceOf(CardNotInDeck.class)
                .hasMessageContaining("no card 'wraps'");
    }

    @Test
    void undoTakesBackTheLastRatingsOneByOneThenHasNothingLeft() {
        reviews.addNode(learner, ROADMAP, "closures");
        reviews.rate(learner, "nonlocal", Rating.EASY, null);
        clock.advance(Duration.ofMinutes(1));
        reviews.rate(learner, "late-binding", Rating.GOOD, null);

        ReviewService.Rated last = reviews.undo(learner, null);

        assertThat(last.cardId()).isEqualTo("late-binding");
        assertThat(last.rating()).isEqualTo(Rating.GOOD);
        assertThat(last.schedule().lastReview()).as("new again").isNull();
        assertThat(last.early()).isFalse();
        assertThatThrownBy(() -> reviews.undo(learner, "late-binding"))
                .isInstanceOf(ReviewConflict.class)
                .hasMessageContaining("last rating was of card 'nonlocal'");
        assertThat(reviews.undo(learner, "nonlocal").rating()).isEqualTo(Rating.EASY);
        assertThat(reviews.due(learner, 10).total()).isEqualTo(2);
        assertThatThrownBy(() -> reviews.undo(learner, null))
                .isInstanceOf(NothingToUndo.class)
                .hasMessage("There is no rating to undo.");
    }

    @Test
    void aNodeShowsAllItsCardsTheLearnersAmongThemAndTheirRecallOnceReviewed() {
        ReviewService.NodeCards signedOut = reviews.node(null, ROADMAP, "closures");
        reviews.addNode(learner, ROADMAP, "closures");
        ReviewService.NodeCards unrated = reviews.node(learner, ROADMAP, "closures");
        reviews.rate(learner, "nonlocal", Rating.EASY, null);

        ReviewService.NodeCards rated = reviews.node(learner, ROADMAP, "closures");

        assertThat(signedOut.all()).extracting(Card::id).containsExactly("late-binding", "nonlocal");
        assertThat(signedOut.held()).isEmpty();
        assertThat(signedOut.recall()).isNull();
        assertThat(unrated.held()).extracting(c -> c.card().id()).containsExactly("late-binding", "nonlocal");
        assertThat(unrated.recall()).isNull();
        assertThat(rated.recall()).as("just reviewed").isCloseTo(1.0, within(1e-6));
    }

    @Test
    void topicsRecalledLessThanTheDesiredRetentionAreFadingWeakestFirst() {
        reviews.addNode(learner, ROADMAP, "closures");
        reviews.addNode(learner, ROADMAP, "generators");
        reviews.addNode(learner, ROADMAP, "decorators");
        reviews.rate(learner, "late-binding", Rating.EASY, null);
        clock.advance(Duration.ofDays(30));
        reviews.rate(learner, "yield-from", Rating.EASY, null);
        clock.advance(Duration.ofDays(30));

        var recall = reviews.recall(learner, ROADMAP);
        List<ReviewService.TopicRecall> fading = reviews.fading(learner, 10);
        List<ReviewService.TopicRecall> weakest = reviews.fading(learner, 1);
        reviews.setDesiredRetention(learner, 0.75);
        List<ReviewService.TopicRecall> belowThreeQuarters = reviews.fading(learner, 10);

        assertThat(recall).as("decorators was never reviewed").containsOnlyKeys("closures", "generators");
        assertThat(recall.get("closures")).isLessThan(0.75);
        assertThat(recall.get("generators")).isBetween(0.75, 0.9);
        assertThat(fading).extracting(ReviewService.TopicRecall::node).containsExactly("closures", "generators");
        assertThat(fading.getFirst().recall()).isEqualTo(recall.get("closures"));
        assertThat(weakest).extracting(ReviewService.TopicRecall::node).containsExactly("closures");
        assertThat(belowThreeQuarters)
                .extracting(ReviewService.TopicRecall::node)
                .containsExactly("closures");
    }

    @Test
    void theDesiredRetentionIsNinetyPercentUntilSetAndStaysWithinItsRange() {
        double before = reviews.desiredRetention(learner);
        reviews.setDesiredRetention(learner, 0.8);

        assertThat(before).isEqualTo(0.9);
        assertThat(reviews.desiredRetention(learner)).isEqualTo(0.8);
        for (double outside : new double[] {0.69, 1.0, Double.NaN}) {
            assertThatThrownBy(() -> reviews.setDesiredRetention(learner, outside))
                    .isInstanceOf(InvalidReview.class)
                    .hasMessageContaining("between 0.70 and 0.99");
        }
        assertThat(reviews.desiredRetention(learner)).isEqualTo(0.8);
        assertThat(reviews.desiredRetention(db.user("other"))).isEqualTo(0.9);
    }

    private static List<String> ids(ReviewService.Queue due) {
        return due.cards().stream().map(q -> q.card().card().id()).toList();
    }
}
