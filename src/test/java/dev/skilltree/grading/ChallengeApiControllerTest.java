package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.ApiSlice;
import dev.skilltree.support.ApiSliceRequests;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * The challenge API's controller in a web slice over a real H2 database holding the built-in challenges: the list and
 * one challenge as learners see them, an admin's zip import, and a learner's submissions taken into a queue no node
 * grades here. Who may import, and grading itself, are SubmissionApiTest's, against the whole application.
 */
@ApiSlice(ChallengeApiController.class)
@Import(GradingWiring.class)
class ChallengeApiControllerTest extends ApiSliceRequests {

    private static final String COUNTER = "/api/v1/challenges/closure-counter";
    private static final String REFERENCE =
            "def make_counter(start=0, step=1):\n    current = start - step\n    return lambda: current\n";

    @Autowired
    GradingWiring.WaitingQueue queue;

    @Autowired
    ChallengeService challenges;

    @AfterEach
    void noNodeGrades() {
        queue.nodeGrades(false);
    }

    @Test
    void listsEveryChallengeStageTestsFirstEachWithWhatItAsksButNotItsStatement() {
        long reader = database.user("reader");

        JsonNode all = json(get(reader, "/api/v1/challenges"));

        assertThat(all).hasSize(challenges.list().size());
        assertThat(all.get(0).get("tags").get("series").asString()).isEqualTo("stage-test");
        JsonNode counter = all.valueStream()
                .filter(c -> c.get("slug").asString().equals("closure-counter"))
                .findFirst()
                .orElseThrow();
        assertThat(counter.get("title").get("en").asString()).isEqualTo("A counter made of a closure");
        assertThat(counter.get("title").get("zh").asString()).isEqualTo("用闭包实现计数器");
        assertThat(counter.get("nodes").valueStream().map(JsonNode::asString))
                .containsExactly("closures", "higher-order-functions");
        assertThat(counter.get("difficulty").asString()).isEqualTo("beginner");
        assertThat(counter.get("kind").asString()).isEqualTo("unit");
        assertThat(counter.get("limits").get("wallSeconds").asInt()).isEqualTo(5);
        assertThat(counter.get("files").valueStream().map(JsonNode::asString)).containsExactly("solution.py");
        assertThat(counter.has("statement")).isFalse();
        assertThat(counter.has("starter")).isFalse();
    }

    @Test
    void filtersByDifficultyAndKindTogether() {
        long reader = database.user("picky");

        JsonNode beginnerUnits = json(get(reader, "/api/v1/challenges?difficulty=beginner&kind=unit"));

        assertThat(beginnerUnits.valueStream().map(c -> c.get("slug").asString()))
                .contains("closure-counter");
        assertThat(beginnerUnits.valueStream()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.get("difficulty").asString()).isEqualTo("beginner");
            assertThat(c.get("kind").asString()).isEqualTo("unit");
        });
    }

    @Test
    void oneChallengeAddsItsStatementInBothLanguagesAndItsStarter() {
        JsonNode counter = json(get(database.user("one"), COUNTER));

        assertThat(counter.get("slug").asString()).isEqualTo("closure-counter");
        assertThat(counter.get("statement").get("zh").asString()).contains("make_counter(start=0, step=1)");
        assertThat(counter.get("starter").get("solution.py").asString()).contains("raise NotImplementedError");
        assertThat(counter.has("reference")).isFalse();
        assertThat(counter.has("tests")).isFalse();
    }

    @Test
    void importsAZipAsANewChallengeThenReplacesIt() {
        MvcTestResult created = importZip("/api/v1/challenges", "application/zip", AddTwo.zip());
        MvcTestResult replaced = importZip("/api/v1/challenges?replace=true", "application/octet-stream", AddTwo.zip());

        assertThat(created).hasStatus(201).hasHeader("Location", "/api/v1/challenges/add-two");
        assertThat(json(created).get("slug").asString()).isEqualTo("add-two");
        assertThat(json(created).get("title").get("en").asString()).isEqualTo("Add two");
        assertThat(json(created).get("tags").get("stage").asInt()).isEqualTo(1);
        assertThat(replaced).hasStatus(200).hasHeader("Location", "/api/v1/challenges/add-two");
        assertThat(json(get(database.user("later"), "/api/v1/challenges/add-two"))
                        .get("starter")
                        .get("solution.py")
                        .asString())
                .contains("def add_two(n):");
    }

    @Test
    void acceptsASubmissionIntoTheQueueAndSaysWhetherANodeWillGradeIt() {
        long learner = database.user("submitter");

        MvcTestResult waiting = submit(learner, Map.of("files", Map.of("solution.py", REFERENCE)));
        queue.nodeGrades(true);
        MvcTestResult taken = submit(learner, Map.of("files", Map.of("solution.py", REFERENCE)));

        assertThat(waiting).hasStatus(202);
        JsonNode queued = json(waiting);
        assertThat(waiting)
                .hasHeader("Location", "/api/v1/submissions/" + queued.get("id").asLong());
        assertThat(queued.get("challenge").asString()).isEqualTo("closure-counter");
        assertThat(queued.get("status").asString()).isEqualTo("queued");
        assertThat(queued.get("verdict").isNull()).isTrue();
        assertThat(queued.get("notice").asString()).startsWith("No node grades submissions right now");
        assertThat(taken).hasStatus(202);
        assertThat(json(taken).get("notice").isNull()).isTrue();
    }

    @Test
    void aSubmissionWithoutFilesIsRefusedForTheStartersFile() {
        long learner = database.user("empty");

        MvcTestResult noFiles = submit(learner, Map.of());
        MvcTestResult nullText = submit(learner, Map.of("files", Collections.singletonMap("solution.py", null)));

        assertThat(noFiles).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(noFiles).get("detail").asString()).isEqualTo("'solution.py' is missing from the submission");
        assertThat(nullText).hasStatus(422);
        assertThat(json(nullText).get("detail").asString())
                .isEqualTo("files.solution.py must be the file's text, not null");
    }

    @Test
    void listsTheLearnersOwnSubmissionsOfAChallengeNewestFirst() {
        long learner = database.user("mine");
        long other = database.user("theirs");
        long first = json(submit(learner, Map.of("files", Map.of("solution.py", "x = 1\n"))))
                .get("id")
                .asLong();
        long second = json(submit(learner, Map.of("files", Map.of("solution.py", "x = 2\n"))))
                .get("id")
                .asLong();
        submit(other, Map.of("files", Map.of("solution.py", "x = 3\n")));

        JsonNode mine = json(get(learner, COUNTER + "/submissions"));
        MvcTestResult unknown = get(learner, "/api/v1/challenges/no-such-challenge/submissions");

        assertThat(mine.valueStream().map(s -> s.get("id").asLong())).containsExactly(second, first);
        assertThat(mine.get(0).get("status").asString()).isEqualTo("queued");
        assertThat(mine.get(0).has("files")).isFalse();
        assertThat(unknown).hasStatus(404);
    }

    private MvcTestResult submit(long learner, Map<String, ?> body) {
        return post(learner, COUNTER + "/submissions", body);
    }

    private MvcTestResult importZip(String path, String type, byte[] zip) {
        return mvc.post()
                .uri(path)
                .contentType(MediaType.parseMediaType(type))
                .content(zip)
                .exchange();
    }
}
