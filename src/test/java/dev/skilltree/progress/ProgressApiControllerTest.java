package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.account.AccountService;
import dev.skilltree.account.GroupService;
import dev.skilltree.config.Transactions;
import dev.skilltree.roadmap.BuiltInRoadmaps;
import dev.skilltree.roadmap.RoadmapService;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.SignedIn;
import dev.skilltree.support.TestDatabase;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The progress API's controller and error mapping, in a web slice over a real H2 database holding the built-in
 * roadmap: statuses and their summary, export and import, refusals as problems, and whose progress a user may read.
 * Progress over real HTTP with tokens is ProgressApiTest's, against the whole application.
 */
@WebMvcTest(ProgressApiController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(SignedIn.Principals.class)
class ProgressApiControllerTest {

    private static final String BASE = "/api/v1/me/progress/python-advanced";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestDatabase database;

    @Autowired
    ProgressService progress;

    @Autowired
    GroupService groups;

    @TestConfiguration
    @ComponentScan(
            basePackages = "dev.skilltree.account",
            useDefaultFilters = false,
            includeFilters =
                    @ComponentScan.Filter(
                            type = FilterType.REGEX,
                            pattern = "dev\\.skilltree\\.account\\.(GroupService|GroupRepository|AccountRepository)"))
    static class RealProgress {

        @Bean(destroyMethod = "close")
        TestDatabase database() throws IOException {
            return TestDatabase.open(Files.createTempDirectory("progress-api"));
        }

        @Bean
        JdbcClient jdbc(TestDatabase database) {
            return database.jdbc();
        }

        @Bean
        MovableClock movableClock() {
            return new MovableClock(Instant.parse("2026-03-02T08:00:00Z"));
        }

        @Bean
        RoadmapService roadmaps(TestDatabase database, MovableClock clock) {
            RoadmapService roadmaps = new Transactions(database.dataSource())
                    .around(RoadmapService.of(database.jdbc(), new JdbcTemplate(database.dataSource()), clock));
            roadmaps.install(BuiltInRoadmaps.load(BuiltInRoadmaps.PYTHON_ADVANCED));
            return roadmaps;
        }

        @Bean
        ProgressService progress(TestDatabase database, RoadmapService roadmaps, MovableClock clock) {
            return new Transactions(database.dataSource())
                    .around(ProgressService.of(database.jdbc(), roadmaps, event -> {}, clock));
        }

        @Bean
        LearnerAccess access(TestDatabase database, GroupService groups, MovableClock clock) {
            return new LearnerAccess(
                    AccountService.of(
                            database.jdbc(), PasswordEncoderFactories.createDelegatingPasswordEncoder(), clock),
                    groups);
        }
    }

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

        JsonNode first = json(post(to, "/api/v1/me/progress/import", body(export)));
        JsonNode second = json(post(to, "/api/v1/me/progress/import", body(export)));
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

        MvcTestResult response = post(learner, "/api/v1/me/progress/import", file);

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

    private MvcTestResult get(long learner, String path) {
        return mvc.get().uri(path).with(SignedIn.learner(learner)).exchange();
    }

    private MvcTestResult put(long learner, String path, Map<String, Object> body) {
        return mvc.put()
                .uri(path)
                .with(SignedIn.learner(learner))
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))
                .exchange();
    }

    private MvcTestResult post(long learner, String path, String body) {
        return mvc.post()
                .uri(path)
                .with(SignedIn.learner(learner))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private static String body(MvcTestResult response) {
        try {
            return response.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode json(MvcTestResult response) {
        return JSON.readTree(body(response));
    }
}
