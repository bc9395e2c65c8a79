package dev.skilltree.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.skilltree.review.fsrs.Rating;
import dev.skilltree.support.WholeApp;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code skilltree review}'s side of the review API against the real server: the due cards as the terminal shows
 * them (both languages, the wait after each rating), a rating, and taking it back, with the server's refusals said
 * to the user.
 */
class ServerReviewsTest extends WholeApp {

    @Test
    void readsTheDueCardsWithBothLanguagesAndTheWaitAfterEachRating() {
        ServerReviews reviews = learnerLearningClosures("reader");

        ReviewApi.Due due = reviews.due(2);

        assertThat(due.total()).isEqualTo(3);
        assertThat(due.cards())
                .extracting(DueCard::id)
                .containsExactly("closure-late-binding", "closure-nonlocal-cell");
        DueCard card = due.cards().getFirst();
        assertThat(card.roadmap()).isEqualTo("python-advanced");
        assertThat(card.node()).isEqualTo("closures");
        assertThat(card.type()).isEqualTo("code");
        assertThat(card.state()).isEqualTo("new");
        assertThat(card.code()).contains("lambda");
        assertThat(card.title("en")).isNotBlank().isNotEqualTo("closures");
        assertThat(card.in("en", DueCard.Side::why)).isNotBlank();
        assertThat(card.in("zh", DueCard.Side::question)).isNotBlank();
        assertThat(card.intervals()).containsOnlyKeys(Rating.values());
        assertThat(card.intervals()).containsEntry(Rating.AGAIN, 60L).containsEntry(Rating.GOOD, 600L);
    }

    @Test
    void aRatedCardLeavesTheQueueAndUndoingItBringsItBack() {
        ServerReviews reviews = learnerLearningClosures("rater");

        reviews.rate("unbound-local", Rating.EASY);
        ReviewApi.Due afterRating = reviews.due(10);
        ReviewApi.Undone undone = reviews.undo("unbound-local");

        assertThat(afterRating.total()).isEqualTo(2);
        assertThat(afterRating.cards()).extracting(DueCard::id).doesNotContain("unbound-local");
        assertThat(undone).isEqualTo(new ReviewApi.Undone("unbound-local", Rating.EASY));
        assertThat(reviews.due(10).cards()).extracting(DueCard::id).contains("unbound-local");
    }

    @Test
    void tellsTheUserWhyTheServerRefusedAnUndo() {
        ServerReviews reviews = learnerLearningClosures("undoer");
        reviews.rate("unbound-local", Rating.GOOD);

        assertThatThrownBy(() -> reviews.undo("closure-late-binding"))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("'unbound-local'")
                .hasMessageContaining("nothing was undone");
        assertThat(reviews.undo("unbound-local"))
                .as("the rating refused to undo is left alone")
                .isEqualTo(new ReviewApi.Undone("unbound-local", Rating.GOOD));
    }

    @Test
    void tellsTheUserWhenTheServerDoesNotKnowTheCard() {
        ServerReviews reviews = learnerLearningClosures("typist");

        assertThatThrownBy(() -> reviews.rate("no-such-card", Rating.GOOD))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("no-such-card");
    }

    /** A learner who began the closures topic, with its three cards due, as the command line sees them. */
    private ServerReviews learnerLearningClosures(String username) {
        String token = api.tokenFor(username);
        api.json("PUT", "/api/v1/me/progress/python-advanced/closures", token, Map.of("status", "learning"));
        ServerReviews reviews = new ServerReviews(new ServerClient("http://localhost:" + port, token));
        await().atMost(Duration.ofSeconds(10)).until(() -> reviews.due(1).total() == 3);
        return reviews;
    }
}
