package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.account.AccountService;
import dev.skilltree.account.GroupService;
import dev.skilltree.support.Api;
import dev.skilltree.support.FreshData;
import java.io.IOException;
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
 * The progress API over real HTTP with tokens, against a roadmap an admin revises through the roadmap API. The
 * controller's own cases (statuses, summary, export and import, who may read what) are ProgressApiControllerTest's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgressApiTest {

    private static final String BASE = "/api/v1/me/progress/python-advanced";

    @LocalServerPort
    int port;

    @Autowired
    GroupService groups;

    @Autowired
    AccountService accounts;

    @Autowired
    ProgressService progress;

    Api api;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        FreshData.directory(registry);
    }

    @BeforeEach
    void client() {
        api = new Api(port);
        api.tokenFor("admin");
    }

    @Test
    void keepsProgressOnTopicsARevisedRoadmapDropped() {
        String admin = api.tokenFor("admin");
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
