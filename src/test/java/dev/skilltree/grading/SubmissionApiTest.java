package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skilltree.account.AccountService;
import dev.skilltree.account.GroupService;
import dev.skilltree.support.Api;
import dev.skilltree.support.RequiresSystemPackage;
import dev.skilltree.support.WholeApp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Submissions over real HTTP, graded by the real queue, sandbox and Python. */
@RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
class SubmissionApiTest extends WholeApp.WithAdmin {

    private static final String COUNTER = "/api/v1/challenges/closure-counter";

    @Autowired
    GroupService groups;

    @Autowired
    AccountService accounts;

    @Test
    void gradesTheReferenceAsPassedWithEveryTestAndItsTimings() {
        String token = api.tokenFor("solver");

        HttpResponse<String> accepted = api.submit(token, "closure-counter", reference("closure-counter"));
        JsonNode done = finished(accepted.headers().firstValue("Location").orElseThrow(), token);

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(Api.read(accepted).get("status").asString()).isIn("queued", "started", "finished");
        assertThat(done.get("verdict").asString()).isEqualTo("PASSED");
        assertThat(done.get("tests").size()).isGreaterThanOrEqualTo(3);
        assertThat(done.get("tests").get(0).get("status").asString()).isEqualTo("pass");
        assertThat(done.get("attempts").asInt()).isEqualTo(1);
        Instant queued = Instant.parse(done.get("queuedAt").asString());
        Instant started = Instant.parse(done.get("startedAt").asString());
        assertThat(started).isAfterOrEqualTo(queued);
        assertThat(Instant.parse(done.get("finishedAt").asString())).isAfterOrEqualTo(started);
    }

    @Test
    void gradesTheStarterAsFailed() {
        String token = api.tokenFor("starter");

        JsonNode done = finished(location(api.submit(token, "closure-counter", starter("closure-counter"))), token);

        assertThat(done.get("verdict").asString()).isEqualTo("FAILED");
        assertThat(done.get("tests").findValuesAsString("status")).isNotEmpty().doesNotContain("pass");
    }

    @Test
    void theChallengeListShowsWhereTheLearnerStandsAndTakesFilters() {
        String token = api.tokenFor("standing");
        finished(location(api.submit(token, "closure-counter", starter("closure-counter"))), token);
        String failedOnly = api.get("/challenges?topic=closures", token).body();
        finished(location(api.submit(token, "closure-counter", reference("closure-counter"))), token);

        String passed = api.get("/challenges?topic=closures&stage=3", token).body();
        String service = api.get("/challenges?kind=service", token).body();

        assertThat(failedOnly).contains("standing-failed").doesNotContain("standing-passed\"");
        assertThat(passed)
                .contains("href=\"/challenges/closure-counter\"")
                .contains("class=\"badge standing standing-passed\"")
                .doesNotContain("href=\"/challenges/kv-server\"")
                .containsPattern("1 of \\d+ challenges · 1 passed");
        assertThat(service)
                .contains("href=\"/challenges/kv-server\"")
                .contains("standing-not-tried")
                .doesNotContain("href=\"/challenges/closure-counter\"");
    }

    @Test
    void refusesBadFilesWithAClearProblem() {
        String token = api.tokenFor("sloppy");
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i < 21; i++) {
            many.put("f" + i + ".py", "x = 1\n");
        }

        HttpResponse<String> escape = api.submit(token, "closure-counter", Map.of("../solution.py", "x = 1"));
        HttpResponse<String> stranger = api.submit(token, "closure-counter", Map.of("other.py", "x = 1"));
        HttpResponse<String> tooMany = api.submit(token, "closure-counter", many);
        HttpResponse<String> unknown = api.submit(token, "no-such-challenge", Map.of("solution.py", "x = 1"));

        assertThat(escape.statusCode()).isEqualTo(422);
        assertThat(Api.read(escape).get("detail").asString()).contains("../solution.py");
        assertThat(stranger.statusCode()).isEqualTo(422);
        assertThat(Api.read(stranger).get("detail").asString())
                .contains("other.py")
                .contains("solution.py");
        assertThat(tooMany.statusCode()).isEqualTo(413);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(escape.headers().firstValue("Content-Type").orElseThrow()).contains("problem+json");
    }

    @Test
    void showsASubmissionToItsOwnerAndMentorOnly() {
        String owner = api.tokenFor("owner");
        String stranger = api.tokenFor("stranger");
        String mentor = api.tokenFor("teacher");
        long group = groups.create("grading-class");
        groups.addMember(group, "owner", false);
        groups.addMember(group, "teacher", true);
        String path = location(api.submit(owner, "closure-counter", starter("closure-counter")));

        assertThat(api.get(path, owner).statusCode()).isEqualTo(200);
        assertThat(api.get(path, mentor).statusCode()).isEqualTo(200);
        assertThat(api.get(path, stranger).statusCode()).isEqualTo(404);
        assertThat(api.get(path + "/events", stranger).statusCode()).isEqualTo(404);
        assertThat(api.get(path, null).statusCode()).isEqualTo(401);
        assertThat(api.get("/api/v1/submissions/999999", owner).statusCode()).isEqualTo(404);
    }

    @Test
    void streamsTheStatesUntilTheVerdict() throws Exception {
        String token = api.tokenFor("streamer");
        String path = location(api.submit(token, "closure-counter", reference("closure-counter")));

        HttpResponse<String> stream = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + "/events"))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept", "text/event-stream")
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        List<String> data = stream.body()
                .lines()
                .filter(l -> l.startsWith("data:"))
                .map(l -> l.substring(5))
                .toList();
        assertThat(data).isNotEmpty();
        JsonNode last = Api.JSON.readTree(data.getLast());
        assertThat(last.get("status").asString()).isEqualTo("finished");
        assertThat(last.get("verdict").asString()).isEqualTo("PASSED");
        assertThat(stream.body()).contains("event:submission");
    }

    @Test
    void servesStatementAndStarterButNeverTestsOrReference() {
        Challenge counter = BuiltInChallenges.get("closure-counter");
        String testLine = counter.tests()
                .values()
                .iterator()
                .next()
                .lines()
                .filter(l -> l.contains("check("))
                .findFirst()
                .orElseThrow()
                .strip();

        HttpResponse<String> one = api.get(COUNTER, null);
        HttpResponse<String> all = api.get("/api/v1/challenges", null);

        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(Api.read(one).get("starter").has("solution.py")).isTrue();
        assertThat(Api.read(one).get("statement").get("en").asString()).contains("make_counter");
        assertThat(one.body())
                .doesNotContain(testLine)
                .doesNotContain("reference")
                .doesNotContain("wrong/")
                .doesNotContain("_current");
        assertThat(all.body()).contains("closure-counter", "metaclass-registry").doesNotContain(testLine);
    }

    @Test
    void listsTheChallengesWithTheirTagsFilteredAsOnThePage() {
        HttpResponse<String> live = api.get("/api/v1/challenges?kind=service", null);
        HttpResponse<String> closures = api.get("/api/v1/challenges?stage=3&topic=closures", null);

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(Api.read(live).valueStream().map(c -> c.get("kind").asString()))
                .isNotEmpty()
                .containsOnly("service");
        assertThat(Api.read(closures).valueStream().map(c -> c.get("slug").asString()))
                .contains("closure-counter");
        assertThat(Api.read(closures).get(0).get("tags").get("series").asString())
                .isEqualTo("topic");
        assertThat(api.get("/api/v1/challenges?stage=x", null).statusCode()).isEqualTo(400);
    }

    @Test
    void adminsImportAChallengeZipWithClearErrors() throws IOException {
        Map<String, String> folder = new HashMap<>();
        BuiltInChallenges.folders()
                .get("closure-counter")
                .forEach((path, text) -> folder.put("counter2/" + path, text));
        folder.put(
                "counter2/challenge.md",
                folder.get("counter2/challenge.md").replace("slug: closure-counter", "slug: counter-two"));
        byte[] zip = zip(folder);
        String learner = api.tokenFor("importer");

        HttpResponse<String> created = postZip("/api/v1/challenges", admin, zip);
        HttpResponse<String> again = postZip("/api/v1/challenges", admin, zip);
        HttpResponse<String> replaced = postZip("/api/v1/challenges?replace=true", admin, zip);
        HttpResponse<String> refused = postZip("/api/v1/challenges", learner, zip);
        HttpResponse<String> broken = postZip("/api/v1/challenges", admin, zip(Map.of("challenge.md", "no front")));
        HttpResponse<String> notZip = postZip("/api/v1/challenges", admin, "plain text".getBytes());
        Map<String, String> unsplittable = new HashMap<>(folder);
        unsplittable.put(
                "counter2/tests/test_fails.py",
                "import unittest\n\nclass FailTest(unittest.TestCase):\n    def test_x(self):\n        self.fail('no')\n");
        HttpResponse<String> cannotSplit = postZip("/api/v1/challenges?replace=true", admin, zip(unsplittable));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/challenges/counter-two");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(Api.read(broken).get("errors").get(0).asString()).contains("challenge.md");
        assertThat(notZip.statusCode()).isEqualTo(422);
        assertThat(cannotSplit.statusCode()).isEqualTo(422);
        assertThat(Api.read(cannotSplit).get("errors").get(0).asString())
                .startsWith("counter-two/tests/test_fails.py:5: self.fail cannot be graded here");
        assertThat(api.get("/api/v1/challenges/counter-two", null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> postZip(String path, String token, byte[] zip) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/zip")
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(zip))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode finished(String path, String token) {
        return await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> Api.read(api.get(path, token)),
                        s -> s.get("status").asString().equals("finished"));
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return Api.location(response);
    }

    private static Map<String, String> reference(String slug) {
        return BuiltInChallenges.get(slug).reference();
    }

    private static Map<String, String> starter(String slug) {
        return BuiltInChallenges.get(slug).starter();
    }

    static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
