package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.account.GroupService;
import dev.skilltree.support.ApiSlice;
import dev.skilltree.support.ApiSliceRequests;
import dev.skilltree.support.SignedIn;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * The progress API's controller and error mapping, in a web slice over a real H2 database holding the built-in
 * roadmap: statuses and their summary, export and import, refusals as problems, and whose progress a user may read.
 * Progress over real HTTP with tokens is ProgressApiTest's, against the whole application.
 */
@ApiSlice(ProgressApiController.class)
@Import(LearnerAccessWiring.class)
class ProgressApiControllerTest extends ApiSliceRequests {

    private static final String BASE = "/api/v1/me/progress/python-advanced";

    @Autowired
    ProgressService progress;

    @Autowired
    GroupService groups;

    @Test
    void marksATopicDoneAndReportsTheSummary() {
        long learner = database.user("marker");

        MvcTestResult put = put(learner, BASE + "/closures", Map.of("status", "done"));
        JsonNode mine = json(get(learner, BASE));

        assertThat(put).hasStatusOk();
        assertThat(json(put).get("node").asString()).isEqualTo("closures");
        assertThat(json(put).get("status").asString()).isEqualTo("done");
        assertThat(json(put).get("shown").asString()).isEqualTo("done");
        assertThat(json(put).get("percent").asDouble()).isPositive();
        assertThat(mine.get("roadmap").asString()).isEqualTo("python-advanced");
        assertThat(mine.get("username").asString()).isEqualTo("learner-" + learner);
        assertThat(mine.get("statuses").get("closures").asString()).isEqualTo("done");
        assertThat(mine.get("statuses").size()).isEqualTo(1);
        assertThat(mine.get("summary").get("counts").get("done").asInt()).isPositive();
        assertThat(mine.get("summary").get("total").asInt()).isGreaterThan(300);
        assertThat(mine.get("summary").get("stages").get("stage-3").asDouble()).isPositive();
        assertThat(mine.get("fromEarlierVersion")).isEmpty();
        assertThat(progress.history(learner, "python-advanced")).singleElement().satisfies(e -> {
            assertThat(e.nodeId()).isEqualTo("closures");
            assertThat(e.from()).isEqualTo(Status.TODO);
            assertThat(e.to()).isEqualTo(Status.DONE);
        });
    }

    @Test
    void refusesAnUnknownStatusOrTopicWithAProblem() {
        long learner = database.user("typo");

        MvcTestResult status = put(learner, BASE + "/closures", Map.of("status", "finished"));
        MvcTestResult none = put(learner, BASE + "/closures", Map.of());
        MvcTestResult node = put(learner, BASE + "/no-such-topic", Map.of("status", "done"));
        MvcTestResult roadmap = get(learner, "/api/v1/me/progress/no-such-roadmap");

        assertThat(status).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(status).get("detail").asString()).contains("todo, learning, done, skipped");
        assertThat(none).hasStatus(422);
        assertThat(node).hasStatus(404);
        assertThat(json(node).get("detail").asString()).contains("no-such-topic");
        assertThat(roadmap).hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(progress.history(learner, "python-advanced")).isEmpty();
    }

    @Test
    void movesProgressToAnotherAccountAndImportsIdempotently() {
        long from = database.user("mover");
        put(from, BASE + "/decorators", Map.of("status", "learning"));
        put(from, BASE + "/decorators", Map.of("status", "done"));
        progress.saveNote(from, "python-advanced", "decorators", "**wraps**");
        MvcTestResult export = get(from, BASE + "/export?format=json");
        long to = database.user("receiver");

        JsonNode first = json(importFile(to, body(export)));
        JsonNode second = json(importFile(to, body(export)));
        MvcTestResult markdown = get(to, BASE + "/export?format=md");

        assertThat(export)
                .hasStatusOk()
                .hasHeader("Content-Disposition", "attachment; filename=\"learner-" + from + "-python-advanced.json\"");
        assertThat(first.get("statusesChanged").asInt()).isEqualTo(1);
        assertThat(first.get("notesChanged").asInt()).isEqualTo(1);
        assertThat(first.get("historyAdded").asInt()).isEqualTo(2);
        assertThat(second.get("statusesChanged").asInt()
                        + second.get("notesChanged").asInt()
                        + second.get("historyAdded").asInt())
                .isZero();
        assertThat(json(get(to, BASE)).get("statuses").get("decorators").asString())
                .isEqualTo("done");
        assertThat(markdown)
                .hasStatusOk()
                .hasHeader("Content-Disposition", "attachment; filename=\"learner-" + to + "-python-advanced.md\"");
        assertThat(body(markdown)).contains("- [x] ").contains("`decorators`");
    }

    @Test
    void refusesAnExportFormatItDoesNotWrite() {
        long learner = database.user("pdf");

        MvcTestResult pdf = get(learner, BASE + "/export?format=pdf");

        assertThat(pdf).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(pdf).get("detail").asString()).contains("use json or md");
    }

    @Test
    void pointsAtTheFieldOfABrokenProgressFile() {
        long learner = database.user("broken");
        String file = """
                {"format":"skilltree-progress/1","roadmap":"python-advanced",
                 "statuses":[{"node":"closures","status":"done"},{"node":"x","status":"nearly"}]}""";

        MvcTestResult response = importFile(learner, file);

        assertThat(response).hasStatus(422);
        assertThat(json(response).get("detail").asString()).contains("statuses[1].status");
        assertThat(json(get(learner, BASE)).get("statuses").size()).isZero();
    }

    @Test
    void letsAMentorReadTheirGroupsLearnersAndNobodyElse() {
        long pupil = database.user("pupil");
        put(pupil, BASE + "/closures", Map.of("status", "done"));
        long mentor = database.user("teacher");
        long outsider = database.user("outsider");
        long group = groups.create("class-a");
        groups.addMember(group, "pupil", false);
        groups.addMember(group, "teacher", true);

        MvcTestResult byMentor = get(mentor, "/api/v1/users/pupil/progress/python-advanced");
        MvcTestResult byOutsider = get(outsider, "/api/v1/users/pupil/progress/python-advanced");
        MvcTestResult byPupil = get(pupil, "/api/v1/users/teacher/progress/python-advanced");
        MvcTestResult nobody = get(mentor, "/api/v1/users/nobody/progress/python-advanced");

        assertThat(byMentor).hasStatusOk();
        assertThat(json(byMentor).get("username").asString()).isEqualTo("pupil");
        assertThat(json(byMentor).get("statuses").get("closures").asString()).isEqualTo("done");
        assertThat(byOutsider).hasStatus(404);
        assertThat(byPupil).hasStatus(404);
        assertThat(body(byOutsider)).doesNotContain("closures");
        assertThat(json(byOutsider).get("detail").asString())
                .isEqualTo(json(nobody).get("detail").asString().replace("'nobody'", "'pupil'"));
    }

    private MvcTestResult put(long learner, String path, Map<String, Object> body) {
        return mvc.put()
                .uri(path)
                .with(SignedIn.learner(learner))
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))
                .exchange();
    }

    /** A POST of a progress file, as it is written, to the import. */
    private MvcTestResult importFile(long learner, String file) {
        return mvc.post()
                .uri("/api/v1/me/progress/import")
                .with(SignedIn.learner(learner))
                .contentType(MediaType.APPLICATION_JSON)
                .content(file)
                .exchange();
    }
}
