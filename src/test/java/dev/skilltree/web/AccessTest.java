package dev.skilltree.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skilltree.account.AccountService;
import dev.skilltree.account.GroupService;
import dev.skilltree.grading.submission.SubmissionService;
import dev.skilltree.progress.ProgressService;
import dev.skilltree.support.Api;
import dev.skilltree.support.FreshData;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint and page against every kind of caller: anonymous, the learner who owns the data, another
 * learner, the learner's mentor and an admin. A caller who may not see a learner's data gets the same answer as
 * for a learner who does not exist, and never the data itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTest {

    private static final String SECRET_NOTE = "pupil's private note 7f3a";
    private static final List<String> CALLERS = List.of("anonymous", "pupil", "stranger", "mentor", "admin");

    @LocalServerPort
    int port;

    @Autowired
    GroupService groups;

    @Autowired
    AccountService accounts;

    @Autowired
    ProgressService progress;

    @Autowired
    SubmissionService submissions;

    private final Map<String, String> tokens = new HashMap<>();

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        FreshData.directory(registry);
    }

    @BeforeAll
    void callers() {
        Api api = new Api(port);
        for (String name : List.of("admin", "pupil", "stranger", "mentor")) {
            tokens.put(name, api.tokenFor(name));
        }
        long group = groups.create("class");
        groups.addMember(group, "pupil", false);
        groups.addMember(group, "mentor", true);
        long pupil = accounts.find("pupil").orElseThrow().id();
        progress.set(pupil, "python-advanced", "closures", dev.skilltree.progress.Status.DONE);
        progress.saveNote(pupil, "python-advanced", "closures", SECRET_NOTE);
        long first = submissions
                .submit(
                        accounts.find("pupil").orElseThrow(),
                        "closure-counter",
                        Map.of("solution.py", "# " + SECRET_NOTE + "\n"))
                .id();
        assertThat(first).as("the pupil's submission is the first one").isEqualTo(1);
    }

    /** method, path, body, then the expected status for anonymous, pupil, stranger, mentor and admin. */
    static Stream<Arguments> endpoints() {
        String progressBody = "{\"status\":\"learning\"}";
        String roadmap = "# T {#access-test}\n\n## A {#a}\n";
        String submission = "{\"files\":{\"solution.py\":\"x = 1\\n\"}}";
        return Stream.of(
                row("GET", "/", null, 200, 200, 200, 200, 200),
                row("GET", "/login", null, 200, 200, 200, 200, 200),
                row("GET", "/register", null, 200, 200, 200, 200, 200),
                row("GET", "/roadmaps/python-advanced", null, 200, 200, 200, 200, 200),
                row("GET", "/roadmaps/python-advanced/nodes/closures", null, 200, 200, 200, 200, 200),
                row("GET", "/roadmaps/python-advanced/nodes/nope", null, 404, 404, 404, 404, 404),
                row("GET", "/dashboard", null, 302, 200, 200, 200, 200),
                row("GET", "/account", null, 302, 200, 200, 200, 200),
                row("GET", "/admin", null, 302, 403, 403, 403, 200),
                row("GET", "/learners/pupil", null, 302, 200, 404, 200, 200),
                row("GET", "/learners/nobody", null, 302, 404, 404, 404, 404),
                row(
                        "POST",
                        "/roadmaps/python-advanced/nodes/decorators/status?status=done",
                        null,
                        403,
                        302,
                        302,
                        302,
                        302),
                row("GET", "/api/v1/roadmaps", null, 200, 200, 200, 200, 200),
                row("GET", "/api/v1/roadmaps/python-advanced", null, 200, 200, 200, 200, 200),
                row("POST", "/api/v1/roadmaps", roadmap, 401, 403, 403, 403, 201),
                row("GET", "/api/v1/me/progress/python-advanced", null, 401, 200, 200, 200, 200),
                row("PUT", "/api/v1/me/progress/python-advanced/generators", progressBody, 401, 200, 200, 200, 200),
                row("GET", "/api/v1/me/progress/python-advanced/export", null, 401, 200, 200, 200, 200),
                row("GET", "/api/v1/users/pupil/progress/python-advanced", null, 401, 200, 404, 200, 200),
                row("GET", "/api/v1/users/nobody/progress/python-advanced", null, 401, 404, 404, 404, 404),
                row("GET", "/challenges", null, 200, 200, 200, 200, 200),
                row("GET", "/challenges/closure-counter", null, 200, 200, 200, 200, 200),
                row("GET", "/challenges/nope", null, 404, 404, 404, 404, 404),
                row("GET", "/submissions/1", null, 302, 200, 404, 200, 200),
                row("GET", "/submissions/999", null, 302, 404, 404, 404, 404),
                row("GET", "/admin/grading", null, 302, 403, 403, 403, 200),
                row("GET", "/api/v1/challenges", null, 200, 200, 200, 200, 200),
                row("GET", "/api/v1/challenges/closure-counter", null, 200, 200, 200, 200, 200),
                row("GET", "/api/v1/challenges/nope", null, 404, 404, 404, 404, 404),
                row("POST", "/api/v1/challenges", "{}", 401, 403, 403, 403, 415),
                row("POST", "/api/v1/challenges/closure-counter/submissions", submission, 401, 202, 202, 202, 202),
                row("GET", "/api/v1/challenges/closure-counter/submissions", null, 401, 200, 200, 200, 200),
                row("GET", "/api/v1/submissions/1", null, 401, 200, 404, 200, 200),
                row("GET", "/api/v1/submissions/1/events", null, 401, 200, 404, 200, 200),
                row("GET", "/api/v1/submissions/999", null, 401, 404, 404, 404, 404),
                row("GET", "/actuator/health", null, 200, 200, 200, 200, 200),
                row("GET", "/actuator/health/liveness", null, 200, 200, 200, 200, 200),
                row("GET", "/actuator/health/readiness", null, 200, 200, 200, 200, 200),
                row("GET", "/actuator/prometheus", null, 401, 403, 403, 403, 200));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void answersEachCallerAsTheirRoleAllows(String method, String path, String body, List<Integer> expected) {
        Api api = new Api(port);
        for (int i = 0; i < CALLERS.size(); i++) {
            String caller = CALLERS.get(i);
            String type = body == null ? null : body.startsWith("{") ? "application/json" : "text/markdown";
            HttpResponse<String> response = api.send(method, path, tokens.get(caller), body, type);

            int want = expected.get(i);
            assertThat(response.statusCode())
                    .as("%s %s as %s", method, path, caller)
                    .isEqualTo(want);
            if (!caller.equals("pupil") && !caller.equals("mentor") && !caller.equals("admin")) {
                assertThat(response.body())
                        .as("%s %s as %s", method, path, caller)
                        .doesNotContain(SECRET_NOTE);
            }
            if (want == 302) {
                assertThat(response.headers().firstValue("Location")).isPresent();
            }
        }
    }

    @Test
    void anAdminSeesWhatMakesTheNodeReadyAndWhatGradingDidWhileOthersSeeOnlyTheStatus() {
        Api api = new Api(port);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Api.read(api.get("/api/v1/submissions/1", tokens.get("pupil")))
                        .get("status")
                        .asString()
                        .equals("finished"));

        JsonNode readiness = Api.read(api.get("/actuator/health/readiness", tokens.get("admin")));
        JsonNode anonymous = Api.read(api.get("/actuator/health/readiness", null));
        String metrics = api.get("/actuator/prometheus", tokens.get("admin")).body();

        assertThat(readiness.get("status").asString()).isEqualTo("UP");
        JsonNode parts = readiness.get("components");
        assertThat(parts.get("db").get("status").asString()).isEqualTo("UP");
        assertThat(parts.get("migrations").get("details").get("pending")).isEmpty();
        assertThat(parts.get("grading").get("details").get("selfTest").asString())
                .startsWith("closure-counter: PASSED");
        assertThat(parts.get("readinessState").get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.has("components")).isFalse();
        assertThat(metrics)
                .contains("skilltree_grading_queue ")
                .contains("skilltree_grading_verdicts_total{kind=\"unit\",verdict=\"error\"}")
                .contains("skilltree_grading_latency_seconds_bucket{kind=\"unit\"")
                .contains("skilltree_grading_sandbox_failures_total")
                .contains("http_server_requests_seconds_count")
                .contains("jvm_memory_used_bytes")
                .containsPattern("skilltree_learners_active [1-9]");
    }

    private static Arguments row(String method, String path, String body, Integer... statuses) {
        return Arguments.of(method, path, body, List.of(statuses));
    }
}
