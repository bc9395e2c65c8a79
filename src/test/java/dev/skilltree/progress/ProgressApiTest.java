package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.Api;
import dev.skilltree.support.WholeApp;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The progress API over real HTTP with tokens, against a roadmap an admin revises through the roadmap API. The
 * controller's own cases (statuses, summary, export and import, who may read what) are ProgressApiControllerTest's.
 */
class ProgressApiTest extends WholeApp.WithAdmin {

    @Test
    void keepsProgressOnTopicsARevisedRoadmapDropped() {
        String learner = api.tokenFor("reviser");
        api.send("POST", "/api/v1/roadmaps", admin, "# R {#revised}\n\n## A {#a}\n\n## B {#b}\n", "text/markdown");
        api.json("PUT", "/api/v1/me/progress/revised/a", learner, Map.of("status", "done"));
        api.json("PUT", "/api/v1/me/progress/revised/b", learner, Map.of("status", "done"));

        api.send(
                "POST",
                "/api/v1/roadmaps?replace=true",
                admin,
                "# R {#revised}\n\n## A {#a}\n\n## C {#c}\n",
                "text/markdown");
        JsonNode after = Api.read(api.get("/api/v1/me/progress/revised", learner));

        assertThat(after.get("statuses").get("a").asString()).isEqualTo("done");
        assertThat(after.get("fromEarlierVersion").toString()).isEqualTo("[\"b\"]");
        assertThat(after.get("summary").get("percent").asInt()).isEqualTo(50);
    }
}
