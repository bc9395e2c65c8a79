package dev.skilltree.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The review API's due queue as a learner reads it, for its slice test and its whole-application test alike. */
final class DueQueue {

    private DueQueue() {}

    /** The ids of the cards the queue shows, in its order. */
    static List<String> ids(JsonNode due) {
        List<String> ids = new ArrayList<>();
        due.get("cards").forEach(card -> ids.add(card.get("id").asString()));
        return ids;
    }

    /**
     * Asserts that the queue shows the closures topic's three cards, the first a new code card with its topic, its
     * explanation and what each rating would do.
     */
    static void assertTheNewClosuresCards(JsonNode due) {
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
}
