package dev.skilltree.review;

import static dev.skilltree.review.ReviewFixtures.ROADMAP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.progress.ProgressService;
import dev.skilltree.progress.Status;
import dev.skilltree.review.fsrs.Rating;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.PageSlice;
import dev.skilltree.support.PageSliceRequests;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The review pages in a web slice rendering the real templates, over a real H2 database holding the roadmap and
 * deck of {@link ReviewFixtures}: the session one card at a time (rated and undone, as a page or an htmx swap), the
 * figures and the desired retention, the dashboard's card, the mastery rings and a topic's cards.
 */
@PageSlice(ReviewPages.class)
@Import(ReviewWiring.class)
class ReviewPagesTest extends PageSliceRequests {

    @Autowired
    ProgressService progress;

    @Autowired
    ReviewService reviews;

    @Autowired
    MovableClock clock;

    @Test
    void theSessionCatchesTheDeckUpWithProgressAndAsksTheFirstDueCard() {
        long learner = database.user("starter");
        progress.set(learner, ROADMAP, "closures", Status.LEARNING);

        MvcTestResult session = get(learner, "/review");

        assertThat(session).hasStatusOk();
        assertThat(html(session))
                .contains("<html", "<div id=\"review-card\">")
                .contains("data-card=\"late-binding\"", "<p class=\"question\">Q late-binding</p>")
                .contains("action=\"/review/cards/late-binding\"", "name=\"tally\" value=\"0,0,0,0\"")
                .contains("href=\"/roadmaps/python/nodes/closures\"")
                .doesNotContain("action=\"/review/undo\"");
    }

    @Test
    void withNothingDueTheSessionSaysSo() {
        long learner = database.user("idle");

        String session = html(get(learner, "/review"));

        assertThat(session)
                .contains("id=\"review-summary\"", "Nothing is due now.")
                .doesNotContain("data-card=");
    }

    @Test
    void aRatingSwapsInTheNextCardForHtmxAndOtherwiseGoesBackToTheSession() {
        long learner = database.user("rater");
        reviews.addNode(learner, ROADMAP, "closures");

        MvcTestResult plain = post(learner, "/review/cards/late-binding", Map.of("rating", "good"), false);
        MvcTestResult swapped =
                post(learner, "/review/cards/nonlocal", Map.of("rating", "easy", "tally", "0,0,1,0"), true);

        assertThat(plain).hasRedirectedUrl("/review");
        assertThat(swapped).hasStatusOk();
        assertThat(html(swapped))
                .doesNotContain("<html")
                .as("late-binding's ten-minute step is within the session's look-ahead")
                .contains("data-card=\"late-binding\"", "name=\"tally\" value=\"0,0,1,1\"")
                .contains("action=\"/review/undo\"", "name=\"card\" value=\"nonlocal\"");
    }

    @Test
    void undoBringsTheLastCardBackAndRefusesAnotherCard() {
        long learner = database.user("undoer");
        reviews.addNode(learner, ROADMAP, "generators");
        reviews.rate(learner, "yield-from", Rating.EASY, null);

        MvcTestResult other = post(learner, "/review/undo", Map.of("card", "late-binding"), true);
        MvcTestResult undone = post(learner, "/review/undo", Map.of("card", "yield-from", "tally", "0,0,0,1"), true);
        MvcTestResult nothing = post(learner, "/review/undo", Map.of("card", "yield-from"), false);

        assertThat(other).hasStatus(409);
        assertThat(html(other)).contains("Your last rating was of card 'yield-from', not 'late-binding'");
        assertThat(undone).hasStatusOk();
        assertThat(html(undone)).contains("data-card=\"yield-from\"", "name=\"tally\" value=\"0,0,0,0\"");
        assertThat(nothing).hasStatus(409);
    }

    @Test
    void theFiguresPageShowsTheDesiredRetentionWhichTheFormChanges() {
        long learner = database.user("tuner");

        String before = html(get(learner, "/review/stats"));
        MvcTestResult set = post(learner, "/review/settings", Map.of("desiredRetention", "0.8"), false);
        MvcTestResult low = post(learner, "/review/settings", Map.of("desiredRetention", "0.5"), false);

        assertThat(before).contains("id=\"due-today\"", "name=\"desiredRetention\"", "value=\"0.90\"", "<svg");
        assertThat(set).hasRedirectedUrl("/review/stats");
        assertThat(low).hasStatus(422);
        assertThat(html(low)).contains("Desired retention must be between 0.70 and 0.99, got 0.5.");
        assertThat(reviews.desiredRetention(learner)).isEqualTo(0.8);
        assertThat(html(get(learner, "/review/stats"))).contains("value=\"0.80\"");
    }

    @Test
    void theDashboardCardCountsTheCardsDueAndNamesTheFadingTopics() {
        long learner = database.user("fader");
        reviews.addNode(learner, ROADMAP, "closures");
        reviews.rate(learner, "late-binding", Rating.EASY, null);
        clock.advance(Duration.ofDays(60));
        try {
            String card = html(get(learner, "/review/summary"));

            assertThat(card)
                    .doesNotContain("<html")
                    .contains("<p class=\"big-number\" id=\"dashboard-due\">2</p>")
                    .contains("<a href=\"/roadmaps/python/nodes/closures\">Closures</a>")
                    .contains("href=\"/review\"");
        } finally {
            clock.advance(Duration.ofDays(-60));
        }
    }

    @Test
    void theMasteryRingsComeAsJsonForTheTopicsBegun() {
        long learner = database.user("ringer");
        progress.set(learner, ROADMAP, "generators", Status.DONE);

        MvcTestResult rings = get(learner, "/review/mastery/python");

        assertThat(rings)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.generators.status")
                .isEqualTo("DONE");
        assertThat(rings).bodyJson().extractingPath("$.generators.proven").isEqualTo(false);
        assertThat(rings).bodyJson().doesNotHavePath("$.closures");
    }

    @Test
    void aTopicsCardsAreListedForAnyoneAndAddedByTheSignedInLearner() {
        long learner = database.user("collector");

        String signedOut = html(mvc.get().uri("/review/nodes/python/closures").exchange());
        String before = html(get(learner, "/review/nodes/python/closures"));
        MvcTestResult swapped = post(learner, "/review/nodes/python/closures", Map.of(), true);
        MvcTestResult plain = post(learner, "/review/nodes/python/generators", Map.of(), false);
        MvcTestResult unknown = post(learner, "/review/nodes/python/cobol", Map.of(), true);

        assertThat(signedOut)
                .contains("2 card(s) on this topic", "<li>Q late-binding</li>", "<li>Q nonlocal</li>")
                .doesNotContain("id=\"add-cards\"", "in your deck");
        assertThat(before).contains("0 in your deck", "id=\"add-cards\"");
        assertThat(html(swapped)).contains("2 in your deck").doesNotContain("id=\"add-cards\"");
        assertThat(plain).hasRedirectedUrl("/roadmaps/python/nodes/generators");
        assertThat(reviews.node(learner, ROADMAP, "generators").held()).hasSize(1);
        assertThat(unknown).hasStatus(404);
    }
}
