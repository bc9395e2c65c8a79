package dev.skilltree.review;

import static dev.skilltree.review.DueQueue.ids;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.config.Transactions;
import dev.skilltree.progress.ProgressService;
import dev.skilltree.roadmap.BuiltInRoadmaps;
import dev.skilltree.roadmap.RoadmapService;
import dev.skilltree.support.ApiSlice;
import dev.skilltree.support.ApiSliceRequests;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.SignedIn;
import dev.skilltree.support.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * The review API's controller and error mapping, in a web slice over a real H2 database holding the built-in roadmap
 * and its deck: cards added by hand fall due, are rated and undone, and add up in stats. Cards entering the deck
 * from progress, and who may call the API, are ReviewApiTest's, against the whole application.
 */
@ApiSlice(ReviewApiController.class)
class ReviewApiControllerTest extends ApiSliceRequests {

    private static final String DUE = "/api/v1/me/reviews/due";
    private static final String CLOSURES = "/api/v1/me/reviews/nodes/python-advanced/closures";

    @Autowired
    MovableClock clock;

    @TestConfiguration
    static class RealReviews {

        @Bean
        DeckService decks(
                TestDatabase database, Transactions transactions, RoadmapService roadmaps, MovableClock clock) {
            DeckService decks =
                    transactions.around(new DeckService(new CardRepository(database.jdbc()), roadmaps, clock));
            decks.installBuiltIn(BuiltInRoadmaps.PYTHON_ADVANCED);
            return decks;
        }

        @Bean
        ReviewService reviews(
                TestDatabase database,
                Transactions transactions,
                RoadmapService roadmaps,
                ProgressService progress,
                MovableClock clock) {
            return transactions.around(new ReviewService(
                    new ReviewRepository(database.jdbc()),
                    new CardRepository(database.jdbc()),
                    roadmaps,
                    progress,
                    clock));
        }
    }

    @Test
    void aTopicsCardsAddedByHandAreDueNowWithWhatEachRatingWouldDo() {
        long learner = database.user("collector");

        MvcTestResult added = post(learner, CLOSURES, null);
        MvcTestResult twice = post(learner, CLOSURES, null);
        JsonNode due = json(get(learner, DUE));

        assertThat(added).hasStatusOk();
        assertThat(json(added).get("added").asInt()).isEqualTo(3);
        assertThat(json(twice).get("added").asInt()).isZero();
        assertThat(due.get("due").asInt()).isEqualTo(3);
        assertThat(Instant.parse(due.get("now").asString())).isEqualTo(clock.instant());
        DueQueue.assertTheNewClosuresCards(due);
        JsonNode card = due.get("cards").get(0);
        assertThat(card.get("roadmap").asString()).isEqualTo("python-advanced");
        assertThat(card.get("nodeTitle").get("zh").asString()).isNotBlank();
    }

    @Test
    void theQueueShowsAsManyCardsAsAskedAndCountsThemAll() {
        long learner = database.user("skimmer");
        post(learner, CLOSURES, null);

        JsonNode due = json(get(learner, DUE + "?limit=1"));

        assertThat(due.get("due").asInt()).isEqualTo(3);
        assertThat(ids(due)).containsExactly("closure-late-binding");
    }

    @Test
    void aCardInALearningStepStaysInTheSessionAndRatedThenCountsAsEarly() {
        long learner = deckOfClosures("stepper");

        JsonNode rated = json(rate(learner, "closure-late-binding", "good"));
        JsonNode due = json(get(learner, DUE));
        JsonNode again = json(rate(learner, "closure-late-binding", "good"));

        assertThat(rated.get("card").asString()).isEqualTo("closure-late-binding");
        assertThat(rated.get("rating").asString()).isEqualTo("good");
        assertThat(rated.get("state").asString()).isEqualTo("learning");
        assertThat(Instant.parse(rated.get("due").asString()))
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
        assertThat(rated.get("early").asBoolean()).isFalse();
        assertThat(rated.get("intervals").get("again").asLong()).isPositive();
        assertThat(ids(due))
                .as("a 10-minute step is within the 20 minutes a session looks ahead")
                .hasSize(3);
        assertThat(again.get("early").asBoolean()).isTrue();
        assertThat(again.get("state").asString()).isEqualTo("review");
    }

    @Test
    void aReviewedCardComesBackWhenItsIntervalHasPassed() {
        long learner = deckOfClosures("rater");

        JsonNode rated = json(rate(learner, "closure-late-binding", "easy"));

        assertThat(rated.get("state").asString()).isEqualTo("review");
        assertThat(Duration.between(
                        clock.instant(), Instant.parse(rated.get("due").asString())))
                .isGreaterThanOrEqualTo(Duration.ofDays(2));
        assertThat(ids(json(get(learner, DUE)))).doesNotContain("closure-late-binding");
        clock.advance(Duration.ofDays(40));
        assertThat(ids(json(get(learner, DUE)))).contains("closure-late-binding");
    }

    @Test
    void aRatingForACardAlreadyRatedElsewhereIsRefused() {
        long learner = deckOfClosures("twotabs");
        JsonNode seen = json(get(learner, DUE)).get("cards").get(0);
        String card = seen.get("id").asString();
        rate(learner, card, "easy");

        MvcTestResult stale = post(
                learner,
                "/api/v1/me/reviews/" + card,
                Map.of("rating", "again", "due", seen.get("due").asString()));

        assertThat(stale).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(stale).get("detail").asString()).contains("rated meanwhile");
        assertThat(ids(json(get(learner, DUE)))).doesNotContain(card);
    }

    @Test
    void aCardRatedBeforeItIsDueIsLoggedAsEarly() {
        long learner = deckOfClosures("eager");
        rate(learner, "closure-nonlocal-cell", "easy");

        JsonNode early = json(rate(learner, "closure-nonlocal-cell", "good"));

        assertThat(early.get("early").asBoolean()).isTrue();
        assertThat(early.get("state").asString()).isEqualTo("review");
    }

    @Test
    void undoGivesTheLastRatedCardItsScheduleBackOnce() {
        long learner = deckOfClosures("undoer");
        rate(learner, "unbound-local", "easy");

        MvcTestResult other = post(learner, "/api/v1/me/reviews/undo", Map.of("card", "closure-late-binding"));
        MvcTestResult undone = post(learner, "/api/v1/me/reviews/undo", Map.of("card", "unbound-local"));
        MvcTestResult nothing = post(learner, "/api/v1/me/reviews/undo", null);

        assertThat(other).hasStatus(409);
        assertThat(json(other).get("detail").asString()).contains("'unbound-local'", "nothing was undone");
        assertThat(undone).hasStatusOk();
        assertThat(json(undone).get("card").asString()).isEqualTo("unbound-local");
        assertThat(json(undone).get("rating").asString()).isEqualTo("easy");
        assertThat(json(undone).get("state").asString()).isEqualTo("new");
        assertThat(ids(json(get(learner, DUE)))).contains("unbound-local");
        assertThat(nothing).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(nothing).get("title").asString()).isEqualTo("Nothing to undo");
    }

    @Test
    void refusesAnUnknownRatingACardOutsideTheDeckAndABadLimit() {
        long learner = deckOfClosures("careless");

        MvcTestResult unknown = rate(learner, "unbound-local", "perfect");
        MvcTestResult missing = post(learner, "/api/v1/me/reviews/unbound-local", Map.of());
        MvcTestResult limit = get(learner, DUE + "?limit=0");
        MvcTestResult tooMany = get(learner, DUE + "?limit=501");
        MvcTestResult outside = rate(learner, "gil-serialises-bytecode", "good");
        MvcTestResult noTopic = post(learner, "/api/v1/me/reviews/nodes/python-advanced/no-such-topic", null);

        assertThat(unknown).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(unknown).get("detail").asString()).contains("again, hard, good, easy");
        assertThat(missing).hasStatus(422);
        assertThat(json(missing).get("detail").asString()).contains("'rating' is required");
        assertThat(limit).hasStatus(422);
        assertThat(json(limit).get("detail").asString()).contains("'limit' is 1 to 500");
        assertThat(tooMany).hasStatus(422);
        assertThat(outside).hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(outside).get("detail").asString()).contains("gil-serialises-bytecode");
        assertThat(noTopic).hasStatus(404);
        assertThat(json(noTopic).get("detail").asString()).contains("no-such-topic");
    }

    @Test
    void theDesiredRetentionIsReadSetAndKeptWithinItsRange() {
        long learner = database.user("tuner");

        double before = json(get(learner, "/api/v1/me/reviews/settings"))
                .get("desiredRetention")
                .asDouble();
        MvcTestResult set = put(learner, Map.of("desiredRetention", 0.85));
        MvcTestResult low = put(learner, Map.of("desiredRetention", 0.5));
        MvcTestResult none = put(learner, Map.of());

        assertThat(before).isEqualTo(0.9);
        assertThat(set).hasStatusOk();
        assertThat(json(set).get("desiredRetention").asDouble()).isEqualTo(0.85);
        assertThat(low).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(low).get("detail").asString()).contains("between 0.70 and 0.99");
        assertThat(none).hasStatus(422);
        assertThat(json(none).get("detail").asString()).contains("'desiredRetention' is required");
        assertThat(json(get(learner, "/api/v1/me/reviews/settings"))
                        .get("desiredRetention")
                        .asDouble())
                .isEqualTo(0.85);
    }

    @Test
    void statsCountTodaysReviewsStatesRetentionAndTheForecast() {
        long learner = deckOfClosures("counter");
        rate(learner, "closure-late-binding", "easy");
        rate(learner, "closure-nonlocal-cell", "good");

        JsonNode stats = json(get(learner, "/api/v1/me/reviews/stats"));

        assertThat(stats.get("byState").get("review").asInt()).isEqualTo(1);
        assertThat(stats.get("byState").get("learning").asInt()).isEqualTo(1);
        assertThat(stats.get("byState").get("new").asInt()).isEqualTo(1);
        JsonNode days = stats.get("reviewsPerDay");
        assertThat(days).hasSize(30);
        assertThat(days.get(29).get("date").asString()).isEqualTo(today().toString());
        assertThat(days.get(29).get("count").asInt()).isEqualTo(2);
        assertThat(days.get(28).get("count").asInt()).isZero();
        assertThat(stats.get("retention").get("reviewed").asInt()).isZero();
        assertThat(stats.get("forecast")).hasSize(30);
        assertThat(stats.get("forecast").get(0).get("count").asInt()).isEqualTo(2);
        assertThat(stats.get("dueToday").asInt()).isEqualTo(2);
    }

    /** A new learner whose deck holds the three closures cards, due now. */
    private long deckOfClosures(String name) {
        long learner = database.user(name);
        assertThat(json(post(learner, CLOSURES, null)).get("added").asInt()).isEqualTo(3);
        return learner;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
    }

    private MvcTestResult rate(long learner, String card, String rating) {
        return post(learner, "/api/v1/me/reviews/" + card, Map.of("rating", rating));
    }

    private MvcTestResult put(long learner, Map<String, Object> settings) {
        return mvc.put()
                .uri("/api/v1/me/reviews/settings")
                .with(SignedIn.learner(learner))
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(settings))
                .exchange();
    }
}
