package dev.skilltree.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skilltree.account.AccountService;
import dev.skilltree.support.Api;
import dev.skilltree.support.FreshData;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Review in the whole application: a topic begun through the progress API puts its cards in the deck (by an event),
 * and a topic begun before its cards existed gets them when the queue is read. Rating, undoing, the figures and the
 * errors of the review API are ReviewApiControllerTest's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewApiTest {

    private static final String DUE = "/api/v1/me/reviews/due";

    @LocalServerPort
    int port;

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

    private static List<String> ids(JsonNode due) {
        List<String> ids = new ArrayList<>();
        due.get("cards").forEach(card -> ids.add(card.get("id").asString()));
        return ids;
    }
}
