package dev.skilltree.grading.submission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.grading.BuiltInChallenges;
import dev.skilltree.grading.GradeResult;
import dev.skilltree.grading.TestOutcome;
import dev.skilltree.grading.Verdict;
import dev.skilltree.support.ApiSlice;
import dev.skilltree.support.ApiSliceRequests;
import dev.skilltree.support.MovableClock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * The submission API's controller and its error mapping, in a web slice over a real H2 database: a submission read
 * once or followed as server-sent events, and the same 404 problem for one that does not exist and one that is not
 * the caller's. Grading over real HTTP is SubmissionApiTest's, against the whole application.
 */
@ApiSlice(SubmissionApiController.class)
@Import(SubmissionWiring.class)
class SubmissionApiControllerTest extends ApiSliceRequests {

    private static final String SLUG = "closure-counter";

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    SubmissionWiring.TaskTableQueue queue;

    @Autowired
    MovableClock clock;

    @AfterEach
    void nodesGradeAgain() {
        queue.nodeGrades.set(true);
    }

    @Test
    void showsTheOwnerTheirQueuedSubmissionWithoutItsFiles() {
        long ada = database.user("reader");
        long id = queued(ada);

        MvcTestResult answer = get(ada, "/api/v1/submissions/" + id);

        assertThat(answer).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
        JsonNode submission = json(answer);
        assertThat(submission.get("id").asLong()).isEqualTo(id);
        assertThat(submission.get("challenge").asString()).isEqualTo(SLUG);
        assertThat(submission.get("status").asString()).isEqualTo("queued");
        assertThat(submission.get("verdict").isNull()).isTrue();
        assertThat(submission.get("queuedAt").asString())
                .isEqualTo(clock.instant().toString());
        assertThat(submission.get("notice").isNull()).isTrue();
        assertThat(submission.has("files")).isFalse();
    }

    @Test
    void tellsTheOwnerWhileNoNodeGradesThatTheSubmissionWaitsInTheQueue() {
        long ada = database.user("waiter");
        long id = queued(ada);
        queue.nodeGrades.set(false);

        JsonNode submission = json(get(ada, "/api/v1/submissions/" + id));

        assertThat(submission.get("notice").asString())
                .isEqualTo("No node grades submissions right now; this one stays in the queue and is graded as soon"
                        + " as one does.");
    }

    @Test
    void showsTheVerdictAndEachTestOfAFinishedSubmission() {
        long ada = database.user("finisher");
        long id = finished(ada);

        JsonNode submission = json(get(ada, "/api/v1/submissions/" + id));

        assertThat(submission.get("status").asString()).isEqualTo("finished");
        assertThat(submission.get("verdict").asString()).isEqualTo("FAILED");
        assertThat(submission.get("message").asString()).isEqualTo("1 of 1 tests failed.");
        assertThat(submission.get("tests").get(0).get("name").asString()).isEqualTo("test_counts_up");
        assertThat(submission.get("tests").get(0).get("status").asString()).isEqualTo("fail");
        assertThat(submission.get("runMillis").asLong()).isEqualTo(640);
        assertThat(submission.get("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void answersAnotherLearnersSubmissionAsIfItDidNotExist() {
        long ada = database.user("owner");
        long sam = database.user("stranger");
        long id = queued(ada);

        MvcTestResult theirs = get(sam, "/api/v1/submissions/" + id);
        MvcTestResult none = get(sam, "/api/v1/submissions/" + (id + 1000));
        MvcTestResult theirStream = get(sam, "/api/v1/submissions/" + id + "/events");

        assertThat(theirs).hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(theirs).get("detail").asString())
                .isEqualTo("There is no submission " + id + " that you can see.");
        assertThat(none).hasStatus(404);
        assertThat(json(none).get("detail").asString())
                .isEqualTo("There is no submission " + (id + 1000) + " that you can see.");
        assertThat(json(theirs).get("title").asString())
                .isEqualTo(json(none).get("title").asString());
        assertThat(theirStream).hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void streamsAFinishedSubmissionAsOneEventNamedForItsStateThenCloses() {
        long ada = database.user("streamer");
        long id = finished(ada);

        MvcTestResult stream = mvc.get()
                .uri("/api/v1/submissions/" + id + "/events")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .with(dev.skilltree.support.SignedIn.learner(ada))
                .exchange();

        assertThat(stream).hasStatusOk();
        assertThat(stream.getResponse().getContentType()).startsWith("text/event-stream");
        List<String> lines = body(stream).lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("event:submission");
        assertThat(lines.get(1)).isEqualTo("id:finished");
        JsonNode data = JSON.readTree(lines.get(2).substring("data:".length()));
        assertThat(data.get("id").asLong()).isEqualTo(id);
        assertThat(data.get("verdict").asString()).isEqualTo("FAILED");
    }

    private long queued(long learner) {
        return submissions.insert(learner, SLUG, BuiltInChallenges.get(SLUG).starter(), clock.instant());
    }

    private long finished(long learner) {
        Submission started = submissions.find(queued(learner)).orElseThrow().start(clock.instant());
        submissions.start(started);
        TestOutcome fail = new TestOutcome("test_counts_up", "fail", "expected 2, got 1", "", 3.5);
        submissions.finish(
                started.finish(
                        new GradeResult(Verdict.FAILED, "1 of 1 tests failed.", List.of(fail), 640), clock.instant()),
                "node-a");
        return started.id();
    }
}
