package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.grading.submission.SubmissionApiController;
import dev.skilltree.support.ApiSlice;
import dev.skilltree.support.ApiSliceRequests;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * What the grading API answers when a request cannot be carried out: each problem as RFC 9457 problem+json with its
 * status, title and a detail a person can act on, from the three grading controllers in a web slice over a real H2
 * database holding the built-in challenges.
 */
@ApiSlice({ChallengeApiController.class, SubmissionApiController.class, QueueApiController.class})
@Import(GradingWiring.class)
class GradingApiAdviceTest extends ApiSliceRequests {

    private static final String SUBMIT = "/api/v1/challenges/closure-counter/submissions";

    @Test
    void anUnknownChallengeOrSubmissionIsNotFoundAndSaysWhich() {
        long learner = database.user("lost");

        MvcTestResult challenge = get(learner, "/api/v1/challenges/no-such-challenge");
        MvcTestResult submission = get(learner, "/api/v1/submissions/424242");

        assertProblem(challenge, 404, "Not found", "There is no challenge 'no-such-challenge'.");
        assertProblem(submission, 404, "Not found", "There is no submission 424242 that you can see.");
    }

    @Test
    void anotherLearnersSubmissionIsAnsweredAsIfThereWereNone() {
        long owner = database.user("keeper");
        long id = json(submit(owner, "x = 1\n")).get("id").asLong();

        MvcTestResult theirs = get(database.user("peeker"), "/api/v1/submissions/" + id);

        assertProblem(theirs, 404, "Not found", "There is no submission " + id + " that you can see.");
    }

    @Test
    void aMalformedSubmissionIs422AndAnOversizedOne413() {
        long learner = database.user("careless");
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i < 21; i++) {
            many.put("f" + i + ".py", "x = 1\n");
        }

        MvcTestResult escape = post(learner, SUBMIT, Map.of("files", Map.of("../solution.py", "x = 1\n")));
        MvcTestResult tooMany = post(learner, SUBMIT, Map.of("files", many));

        assertProblem(
                escape,
                422,
                "Invalid submission",
                "'../solution.py' is not allowed: use a plain relative file name, without '..'");
        assertProblem(
                tooMany,
                413,
                "Submission too large",
                "a submission may have at most 20 files and 256 KB; this one has 21 files and 126 bytes");
    }

    @Test
    void aBrokenChallengeZipIs422WithEveryProblemNamingItsFile() throws Exception {
        byte[] broken = SubmissionApiTest.zip(Map.of(
                "challenge.md", "---\nslug: Bad Slug\ntitle: {zh: 坏, en: Bad}\n---\n## en\n\nx\n",
                "starter/solution.py", "x = 1\n"));

        MvcTestResult refused = importZip(broken);

        assertProblem(
                refused, 422, "Invalid challenge", json(refused).get("errors").size() + " problem(s) found");
        assertThat(json(refused).get("errors").valueStream().map(JsonNode::asString))
                .contains(
                        "upload.zip/challenge.md: slug 'Bad Slug' must use lower-case letters, digits and single"
                                + " dashes",
                        "upload.zip/reference: there is no reference solution")
                .allSatisfy(problem -> assertThat(problem).startsWith("upload.zip/"));
    }

    @Test
    void importingASlugThatExistsWithoutReplaceIsAConflict() {
        byte[] zip = AddTwo.zip();
        assertThat(importZip(zip)).hasStatus(201);

        MvcTestResult again = importZip(zip);

        assertProblem(
                again,
                409,
                "Challenge exists",
                "A challenge 'add-two' already exists; import with replace to overwrite it (past submissions stay).");
    }

    @Test
    void aLearnerPastTheCapIsTold429WithWhenToRetryAndWhatIsInFlight() {
        long learner = database.user("hasty");
        List<Long> inFlight = List.of(
                json(submit(learner, "x = 1\n")).get("id").asLong(),
                json(submit(learner, "x = 2\n")).get("id").asLong(),
                json(submit(learner, "x = 3\n")).get("id").asLong());

        MvcTestResult refused = submit(learner, "x = 4\n");

        assertProblem(
                refused,
                429,
                "Too many submissions in flight",
                "You have 3 submissions waiting to be graded; send this one when one of them has finished.");
        assertThat(refused).hasHeader("Retry-After", "5");
        JsonNode problem = json(refused);
        assertThat(problem.get("type").asString()).isEqualTo("tag:skilltree,2026:problems/too-many-submissions");
        assertThat(problem.get("retryAfter").asLong())
                .as("a queued submission of closure-counter is done at the latest by its 5 s wall limit")
                .isEqualTo(5);
        assertThat(problem.get("inFlight").valueStream().map(JsonNode::asLong)).containsExactlyElementsOf(inFlight);
    }

    @Test
    void aLearnerWhoMentorsNoGroupMayNotSeeTheQueue() {
        long learner = database.user("curious");

        MvcTestResult refused = get(learner, "/api/v1/grading/queue");

        assertProblem(
                refused,
                403,
                "Forbidden",
                "Only admins and mentors see the grading queue, and 'learner-" + learner + "' mentors no group.");
    }

    private MvcTestResult submit(long learner, String code) {
        return post(learner, SUBMIT, Map.of("files", Map.of("solution.py", code)));
    }

    private MvcTestResult importZip(byte[] zip) {
        return mvc.post()
                .uri("/api/v1/challenges")
                .contentType(MediaType.parseMediaType("application/zip"))
                .content(zip)
                .exchange();
    }

    private static void assertProblem(MvcTestResult response, int status, String title, String detail) {
        assertThat(response).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isEqualTo(title);
        assertThat(problem.get("detail").asString()).isEqualTo(detail);
    }
}
