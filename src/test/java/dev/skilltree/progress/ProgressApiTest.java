package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.account.AccountService;
import dev.skilltree.account.GroupService;
import dev.skilltree.support.Api;
import dev.skilltree.support.WholeApp;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The progress API over real HTTP: statuses, summary, history, export and import, and who may read what. */
class ProgressApiTest extends WholeApp.WithAdmin {

    private static final String BASE = "/api/v1/me/progress/python-advanced";

    @Autowired
    GroupService groups;

    @Autowired
    AccountService accounts;

    @Autowired
    ProgressService progress;

    @Test
    void marksATopicDoneAndReportsTheSummary() {
        String token = api.tokenFor("marker");

        HttpResponse<String> put = api.json("PUT", BASE + "/closures", token, Map.of("status", "done"));
        JsonNode mine = Api.read(api.get(BASE, token));

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(mine.get("statuses").get("closures").asString()).isEqualTo("done");
        assertThat(mine.get("summary").get("counts").get("done").asInt()).isPositive();
        assertThat(mine.get("summary").get("total").asInt()).isGreaterThan(300);
        assertThat(mine.get("summary").get("stages").get("stage-3").asDouble()).isPositive();
        long user = accounts.find("marker").orElseThrow().id();
        assertThat(progress.history(user, "python-advanced")).singleElement().satisfies(e -> {
            assertThat(e.nodeId()).isEqualTo("closures");
            assertThat(e.from()).isEqualTo(Status.TODO);
            assertThat(e.to()).isEqualTo(Status.DONE);
        });
    }

    @Test
    void refusesAnUnknownStatusOrTopicWithAProblem() {
        String token = api.tokenFor("typo");

        HttpResponse<String> status = api.json("PUT", BASE + "/closures", token, Map.of("status", "finished"));
        HttpResponse<String> node = api.json("PUT", BASE + "/no-such-topic", token, Map.of("status", "done"));
        HttpResponse<String> roadmap = api.get("/api/v1/me/progress/no-such-roadmap", token);

        assertThat(status.statusCode()).isEqualTo(422);
        assertThat(Api.read(status).get("detail").asString()).contains("todo, learning, done, skipped");
        assertThat(node.statusCode()).isEqualTo(404);
        assertThat(Api.read(node).get("detail").asString()).contains("no-such-topic");
        assertThat(roadmap.statusCode()).isEqualTo(404);
        assertThat(roadmap.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void movesProgressToAnotherAccountAndImportsIdempotently() {
        String from = api.tokenFor("mover");
        api.json("PUT", BASE + "/decorators", from, Map.of("status", "learning"));
        api.json("PUT", BASE + "/decorators", from, Map.of("status", "done"));
        progress.saveNote(accounts.find("mover").orElseThrow().id(), "python-advanced", "decorators", "**wraps**");
        String file = api.get(BASE + "/export?format=json", from).body();
        String to = api.tokenFor("receiver");

        JsonNode first = Api.read(api.send("POST", "/api/v1/me/progress/import", to, file, "application/json"));
        JsonNode second = Api.read(api.send("POST", "/api/v1/me/progress/import", to, file, "application/json"));

        assertThat(first.get("statusesChanged").asInt()).isEqualTo(1);
        assertThat(first.get("notesChanged").asInt()).isEqualTo(1);
        assertThat(first.get("historyAdded").asInt()).isEqualTo(2);
        assertThat(second.get("statusesChanged").asInt()
                        + second.get("notesChanged").asInt()
                        + second.get("historyAdded").asInt())
                .isZero();
        assertThat(Api.read(api.get(BASE, to)).get("statuses").get("decorators").asString())
                .isEqualTo("done");
        assertThat(api.get(BASE + "/export?format=md", to).body())
                .contains("- [x] ")
                .contains("`decorators`");
    }

    @Test
    void pointsAtTheFieldOfABrokenProgressFile() {
        String token = api.tokenFor("broken");
        String file = """
                {"format":"skilltree-progress/1","roadmap":"python-advanced",
                 "statuses":[{"node":"closures","status":"done"},{"node":"x","status":"nearly"}]}""";

        HttpResponse<String> response = api.send("POST", "/api/v1/me/progress/import", token, file, "application/json");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Api.read(response).get("detail").asString()).contains("statuses[1].status");
        assertThat(Api.read(api.get(BASE, token)).get("statuses").size()).isZero();
    }

    @Test
    void letsAMentorReadTheirGroupsLearnersAndNobodyElse() {
        String learner = api.tokenFor("pupil");
        api.json("PUT", BASE + "/closures", learner, Map.of("status", "done"));
        String mentor = api.tokenFor("teacher");
        String outsider = api.tokenFor("outsider");
        long group = groups.create("class-a");
        groups.addMember(group, "pupil", false);
        groups.addMember(group, "teacher", true);

        HttpResponse<String> byMentor = api.get("/api/v1/users/pupil/progress/python-advanced", mentor);
        HttpResponse<String> byOutsider = api.get("/api/v1/users/pupil/progress/python-advanced", outsider);
        HttpResponse<String> byPupil = api.get("/api/v1/users/teacher/progress/python-advanced", learner);

        assertThat(byMentor.statusCode()).isEqualTo(200);
        assertThat(Api.read(byMentor).get("statuses").get("closures").asString())
                .isEqualTo("done");
        assertThat(byOutsider.statusCode()).isEqualTo(404);
        assertThat(byPupil.statusCode()).isEqualTo(404);
        assertThat(byOutsider.body()).doesNotContain("closures");
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
