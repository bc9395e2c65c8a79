package dev.skilltree.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skilltree.account.AccountService;
import dev.skilltree.support.Api;
import dev.skilltree.support.WholeApp;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Review in the whole application: a topic begun through the progress API puts its cards in the deck (by an event),
 * and a topic begun before its cards existed gets them when the queue is read. Rating, undoing, the figures and the
 * errors of the review API are ReviewApiControllerTest's.
 */
class ReviewApiTest extends WholeApp {

    private static final String DUE = "/api/v1/me/reviews/due";

    @Autowired
    AccountService accounts;

    @Autowired
    dev.skilltree.progress.ProgressService progress;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void startingATopicPutsItsCardsInTheDeckDueNow() {
        String token = api.tokenFor("starter");

        learn(token, "closures");
        JsonNode due = awaitDue(token, 3);

        DueQueue.assertTheNewClosuresCards(due);
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
}
