package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.account.AccountService;
import dev.skilltree.account.GroupService;
import dev.skilltree.grading.submission.Submission;
import dev.skilltree.grading.submission.SubmissionRepository;
import dev.skilltree.support.Api;
import dev.skilltree.support.WholeApp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Fair under load, over real HTTP on the real database: a learner past the cap is told why (API, page and its
 * language), and admins and mentors see the queue. Submissions in flight are written straight to the database with
 * no grading task, so they stay in flight for as long as a test needs.
 */
class GradingQueueTest extends WholeApp.WithAdmin {

    private static final String SLUG = "closure-counter";
    private static final String CODE = "def make_counter(start=0):\n    while True:\n        pass\n";

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    AccountService accounts;

    @Autowired
    GroupService groups;

    @Autowired
    Clock clock;

    final List<Long> inFlight = new ArrayList<>();

    /** Each test starts with an empty queue: what one left in flight is finished. */
    @AfterEach
    void finishWhatIsInFlight() {
        for (long id : inFlight) {
            Submission left = submissions.find(id).orElseThrow();
            Submission started = left.status() == Submission.Status.QUEUED ? left.start(clock.instant()) : left;
            submissions.finish(
                    started.finish(new GradeResult(Verdict.TIME_LIMIT, "", List.of(), 1), clock.instant()),
                    "test-node");
        }
    }

    @Test
    void refusesASubmissionPastTheCapWith429RetryAfterAndTheSubmissionsInFlight() {
        String token = api.tokenFor("hasty");
        List<Long> mine = fillTheCap("hasty");

        HttpResponse<String> refused = api.json(
                "POST",
                "/api/v1/challenges/" + SLUG + "/submissions",
                token,
                Map.of("files", Map.of("solution.py", CODE)));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
                .as("the oldest has run for a second of its 5 s wall-clock limit")
                .isBetween(1L, 4L);
        JsonNode problem = Api.read(refused);
        assertThat(problem.get("type").asString()).isEqualTo("tag:skilltree,2026:problems/too-many-submissions");
        assertThat(problem.get("detail").asString())
                .isEqualTo("You have 3 submissions waiting to be graded; send this one when one of them has finished.");
        assertThat(problem.get("inFlight").valueStream().map(JsonNode::asLong)).containsExactlyElementsOf(mine);
        assertThat(submissions.inFlight(id("hasty"))).as("nothing written").hasSize(3);
    }

    @Test
    void theChallengePageSaysWhyInTheLearnersLanguageAndKeepsTheirCode() throws Exception {
        String token = api.tokenFor("eager");
        fillTheCap("eager");

        HttpResponse<String> htmx = submitForm(token, "zh-CN", true);
        HttpResponse<String> plain = submitForm(token, "en", false);

        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body())
                .contains("id=\"submit-error\"")
                .contains("你已有 3 份提交在等待评测；请等其中一份评完后再提交这一份。")
                .doesNotContain("sse-connect");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.body())
                .contains("You have 3 submissions waiting to be graded; send this one when one of them has finished.")
                .containsPattern("<textarea id=\"code-solution.py\"[^>]*>"
                        + CODE.replace("(", "\\(").replace(")", "\\)"));
        assertThat(submissions.inFlight(id("eager"))).hasSize(3);
    }

    @Test
    void adminsSeeEveryLearnersOldestSubmissionAndMentorsOnlyTheirGroups() {
        String pupil = api.tokenFor("pupil");
        api.tokenFor("outsider");
        String tutor = api.tokenFor("tutor");
        long group = groups.create("queue-class");
        groups.addMember(group, "pupil", false);
        groups.addMember(group, "tutor", true);
        List<Long> pupils = fillTheCap("pupil");
        long outsiders = queue("outsider");

        JsonNode all = Api.read(api.get("/api/v1/grading/queue", admin));
        JsonNode mentored = Api.read(api.get("/api/v1/grading/queue", tutor));
        HttpResponse<String> learner = api.get("/api/v1/grading/queue", pupil);
        HttpResponse<String> anonymous = api.get("/api/v1/grading/queue", null);

        assertThat(all.get("queued").asLong()).isEqualTo(3);
        assertThat(all.get("running").asLong()).isEqualTo(1);
        assertThat(all.get("learners").valueStream().map(l -> l.get("learner").asString()))
                .containsExactly("pupil", "outsider");
        JsonNode oldest = all.get("learners").get(0);
        assertThat(oldest.get("submission").asLong()).isEqualTo(pupils.getFirst());
        assertThat(oldest.get("challenge").asString()).isEqualTo(SLUG);
        assertThat(oldest.get("running").asBoolean()).isTrue();
        assertThat(oldest.get("inFlight").asInt()).isEqualTo(3);
        assertThat(oldest.get("waitingSince").asString()).isNotBlank();
        assertThat(all.get("learners").get(1).get("submission").asLong()).isEqualTo(outsiders);
        assertThat(mentored.get("queued").asLong())
                .as("the whole queue's depth")
                .isEqualTo(3);
        assertThat(mentored.get("learners").valueStream().map(l -> l.get("learner")
                        .asString()))
                .containsExactly("pupil");
        assertThat(learner.statusCode()).isEqualTo(403);
        assertThat(learner.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(Api.read(learner).get("detail").asString()).contains("Only admins and mentors");
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void theAdminGradingPageAndTheMentorsDashboardShowTheQueue() throws Exception {
        api.tokenFor("minded");
        api.tokenFor("stranger");
        String mentor = api.tokenFor("minder");
        long group = groups.create("page-class");
        groups.addMember(group, "minded", false);
        groups.addMember(group, "minder", true);
        queue("minded");
        queue("stranger");

        String adminPage = api.get("/admin/grading", admin).body();
        String dashboard = page("/dashboard", mentor, "zh-CN").body();
        String learnersDashboard =
                page("/dashboard", api.tokenFor("minded"), "en").body();

        assertThat(adminPage)
                .contains("id=\"grading-queue\"")
                .contains("<td>minded</td>")
                .contains("<td>stranger</td>")
                .contains("id=\"queue-queued\">2<");
        assertThat(dashboard).contains("评测队列").contains("<td>minded</td>").doesNotContain("<td>stranger</td>");
        assertThat(learnersDashboard).doesNotContain("id=\"grading-queue\"");
    }

    /** Three submissions of the learner in flight, the oldest started a second ago; their ids, oldest first. */
    private List<Long> fillTheCap(String username) {
        List<Long> ids = List.of(queue(username), queue(username), queue(username));
        Submission oldest = submissions.find(ids.getFirst()).orElseThrow();
        submissions.start(oldest.start(clock.instant().minusSeconds(1)));
        return ids;
    }

    private long queue(String username) {
        long id = submissions.insert(id(username), SLUG, Map.of("solution.py", CODE), clock.instant());
        inFlight.add(id);
        return id;
    }

    private long id(String username) {
        return accounts.find(username).orElseThrow().id();
    }

    private HttpResponse<String> submitForm(String token, String language, boolean htmx) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/challenges/" + SLUG + "/submissions"))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", language)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(URLEncoder.encode("file:solution.py", StandardCharsets.UTF_8)
                        + "=" + URLEncoder.encode(CODE, StandardCharsets.UTF_8)));
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> page(String path, String token, String language) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept-Language", language)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
