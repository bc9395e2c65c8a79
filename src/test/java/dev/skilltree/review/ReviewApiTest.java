package dev.skilltree.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skilltree.account.AccountService;
import dev.skilltree.support.Api;
import dev.skilltree.support.FreshData;
import dev.skilltree.support.MovableClock;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Review over real HTTP: cards enter the deck from progress, fall due, are rated and undone, and add up in stats. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableClock.InServer.class)
class ReviewApiTest {

    private static final String DUE = "/api/v1/me/reviews/due";

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    AccountService accounts;

    @Autowired
    dev.skilltree.progress.ProgressService progress;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Api api;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        FreshData.directory(registry);
    }

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void startingATopicPutsItsCardsInTheDeckDueNow() {
        String token = api.tokenFor("starter");

        learn(token, "closures");
        JsonNode due = awaitDue(token, 3);

        assertThat(ids(due)).containsExactly("closure-late-binding", "closure-nonlocal-cell", "unbound-local");
        JsonNode card = due.get("cards").get(0);
        assertThat(card.get("type").asString()).isEqualTo("code");
        assertThat(card.get("state").asString()).isEqualTo("new");
        assertThat(card.get("node").asString()).isEqualTo("closures");
        assertThat(card.get("nodeTitle").get("en").asString()).isNotBlank();
        assertThat(card.get("code").asString()).contains("lambda");
        assertThat(card.get("en").get("why").asString()).isNotBlank();
        assertThat(card.get("intervals").get("again").asLong()).isEqualTo(60);
        assertThat(card.get("intervals").get("good").asLong()).isEqualTo(600);
        assertThat(card.get("intervals").get("easy").asLong())
                .isGreaterThanOrEqualTo(Duration.ofDays(1).toSeconds());
    }

    @Test
    void aCardInALearningStepStaysInTheSessionAndRatedThenCountsAsEarly() {
        String token = api.tokenFor("stepper");
        learn(token, "closures");
        awaitDue(token, 3);

        JsonNode rated = Api.read(rate(token, "closure-late-binding", "good"));
        JsonNode due = Api.read(api.get(DUE, token));
        JsonNode again = Api.read(rate(token, "closure-late-binding", "good"));

        assertThat(rated.get("state").asString()).isEqualTo("learning");
        assertThat(Instant.parse(rated.get("due").asString()))
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
        assertThat(rated.get("early").asBoolean()).isFalse();
        assertThat(ids(due))
                .as("a 10-minute step is within the 20 minutes a session looks ahead")
                .hasSize(3);
        assertThat(again.get("early").asBoolean()).isTrue();
        assertThat(again.get("state").asString()).isEqualTo("review");
    }

    @Test
    void aReviewedCardComesBackWhenItsIntervalHasPassed() {
        String token = api.tokenFor("rater");
        learn(token, "closures");
        awaitDue(token, 3);

        JsonNode rated = Api.read(rate(token, "closure-late-binding", "easy"));

        assertThat(rated.get("state").asString()).isEqualTo("review");
        assertThat(Duration.between(
                        clock.instant(), Instant.parse(rated.get("due").asString())))
                .isGreaterThanOrEqualTo(Duration.ofDays(2));
        assertThat(ids(Api.read(api.get(DUE, token)))).doesNotContain("closure-late-binding");
        clock.advance(Duration.ofDays(40));
        assertThat(ids(Api.read(api.get(DUE, token)))).contains("closure-late-binding");
    }

    @Test
    void aRatingForACardAlreadyRatedElsewhereIsRefused() {
        String token = api.tokenFor("twotabs");
        learn(token, "closures");
        JsonNode seen = awaitDue(token, 3).get("cards").get(0);
        String card = seen.get("id").asString();
        rate(token, card, "easy");

        HttpResponse<String> stale = api.json(
                "POST",
                "/api/v1/me/reviews/" + card,
                token,
                Map.of("rating", "again", "due", seen.get("due").asString()));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("rated meanwhile");
        assertThat(ids(Api.read(api.get(DUE, token)))).doesNotContain(card);
    }

    @Test
    void aCardRatedBeforeItIsDueIsLoggedAsEarly() {
        String token = api.tokenFor("eager");
        learn(token, "closures");
        awaitDue(token, 3);
        rate(token, "closure-nonlocal-cell", "easy");

        JsonNode early = Api.read(rate(token, "closure-nonlocal-cell", "good"));

        assertThat(early.get("early").asBoolean()).isTrue();
        assertThat(early.get("state").asString()).isEqualTo("review");
    }

    @Test
    void refusesAnUnknownRatingAndACardOutsideTheDeck() {
        String token = api.tokenFor("careless");
        learn(token, "closures");
        awaitDue(token, 3);

        HttpResponse<String> unknown = rate(token, "unbound-local", "perfect");
        HttpResponse<String> missing = api.json("POST", "/api/v1/me/reviews/unbound-local", token, Map.of());
        HttpResponse<String> limit = api.get(DUE + "?limit=0", token);
        HttpResponse<String> outside = rate(token, "gil-serialises-bytecode", "good");
        HttpResponse<String> retention =
                api.json("PUT", "/api/v1/me/reviews/settings", token, Map.of("desiredRetention", 0.5));

        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unknown.body()).contains("again, hard, good, easy");
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("'rating' is required");
        assertThat(limit.statusCode()).isEqualTo(422);
        assertThat(outside.statusCode()).isEqualTo(404);
        assertThat(outside.body()).contains("gil-serialises-bytecode");
        assertThat(retention.statusCode()).isEqualTo(422);
        assertThat(retention.body()).contains("between 0.70 and 0.99");
    }

    @Test
    void statsCountTodaysReviewsStatesRetentionAndTheForecast() {
        String token = api.tokenFor("counter");
        learn(token, "closures");
        awaitDue(token, 3);
        rate(token, "closure-late-binding", "easy");
        rate(token, "closure-nonlocal-cell", "good");

        JsonNode stats = Api.read(api.get("/api/v1/me/reviews/stats", token));

        assertThat(stats.get("byState").get("review").asInt()).isEqualTo(1);
        assertThat(stats.get("byState").get("learning").asInt()).isEqualTo(1);
        assertThat(stats.get("byState").get("new").asInt()).isEqualTo(1);
        JsonNode days = stats.get("reviewsPerDay");
        assertThat(days).hasSize(30);
        assertThat(days.get(29).get("date").asString()).isEqualTo("2026-03-02");
        assertThat(days.get(29).get("count").asInt()).isEqualTo(2);
        assertThat(stats.get("retention").get("reviewed").asInt()).isZero();
        assertThat(stats.get("forecast")).hasSize(30);
        assertThat(stats.get("forecast").get(0).get("count").asInt()).isEqualTo(2);
        assertThat(stats.get("dueToday").asInt()).isEqualTo(2);
    }

    @Test
    void aLearnerAddsATopicsCardsByHand() {
        String token = api.tokenFor("collector");

        HttpResponse<String> added =
                api.json("POST", "/api/v1/me/reviews/nodes/python-advanced/closures", token, Map.of());
        HttpResponse<String> twice =
                api.json("POST", "/api/v1/me/reviews/nodes/python-advanced/closures", token, Map.of());
        HttpResponse<String> missing =
                api.json("POST", "/api/v1/me/reviews/nodes/python-advanced/no-such-topic", token, Map.of());

        assertThat(Api.read(added).get("added").asInt()).isEqualTo(3);
        assertThat(Api.read(twice).get("added").asInt()).isZero();
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Api.read(api.get(DUE, token)).get("due").asInt()).isEqualTo(3);
    }

    @Test
    void topicsBegunBeforeTheirCardsExistedGetThemWhenTheQueueIsRead() {
        String token = api.tokenFor("early-bird");
        long learner = accounts.find("early-bird").orElseThrow().id();
        progress.set(learner, "python-advanced", "generators", dev.skilltree.progress.Status.DONE);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Api.read(api.get(DUE, token)).get("due").asInt() > 0);
        jdbc.sql("delete from review_state where user_id = ?").param(learner).update();

        JsonNode due = Api.read(api.get(DUE + "?limit=500", token));

        assertThat(due.get("cards"))
                .isNotEmpty()
                .allSatisfy(card -> assertThat(card.get("node").asString()).isEqualTo("generators"));
    }

    private void learn(String token, String node) {
        HttpResponse<String> put =
                api.json("PUT", "/api/v1/me/progress/python-advanced/" + node, token, Map.of("status", "learning"));
        assertThat(put.statusCode()).isEqualTo(200);
    }

    private JsonNode awaitDue(String token, int count) {
        return await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> Api.read(api.get(DUE, token)),
                        due -> due.get("due").asInt() == count);
    }

    private HttpResponse<String> rate(String token, String card, String rating) {
        return api.json("POST", "/api/v1/me/reviews/" + card, token, Map.of("rating", rating));
    }

    private static List<String> ids(JsonNode due) {
        List<String> ids = new ArrayList<>();
        due.get("cards").forEach(card -> ids.add(card.get("id").asString()));
        return ids;
    }
}
