package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skilltree.config.DatabaseSettings;
import dev.skilltree.support.Api;
import dev.skilltree.support.Postgres;
import dev.skilltree.support.RequiresSystemPackage;
import dev.skilltree.support.ServerProcess;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Fair under load, with real server processes and the real sandbox: learner A fills their cap with runs that never
 * return and keeps retrying; learner B submits once, and B's verdict comes within the bound the cap guarantees, not
 * after A's backlog.
 *
 * <p>The bound: A has at most {@code cap} submissions ahead of B, and each run ends by its wall-clock limit, so B's
 * run starts within {@code floor(cap / workers)} time limits and ends within one more. The test allows twice that
 * plus 5 s: it checks the queue's order, not the machine's speed.
 */
@RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
class FairUnderLoadTest {

    private static final String SLUG = "closure-counter";
    private static final String NEVER_RETURNS = "def make_counter(start=0):\n    while True:\n        pass\n";
    private static final int CAP = 3;
    private static final int WORKERS = 2;

    @TempDir
    Path dir;

    private Nodes nodes;
    private final AtomicBoolean retrying = new AtomicBoolean();

    /** The nodes of one shape: where learners send their requests, and how many runs they grade at once. */
    record Nodes(List<ServerProcess> processes, Api web, int workers) {}

    @FunctionalInterface
    interface Shape {
        Nodes start(Path dir) throws IOException;
    }

    /**
     * Each shape the product runs in: one node with the role {@code all}; and a web node and a worker node (with
     * {@code WORKERS} workers) on one embedded PostgreSQL, learners sending to the web node.
     */
    static Stream<Named<Shape>> shapes() {
        return Stream.of(
                Named.of("one node with the role all", FairUnderLoadTest::oneNode),
                Named.of("a web node and a worker node", FairUnderLoadTest::webAndWorker));
    }

    private static Nodes oneNode(Path dir) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        ServerProcess all = ServerProcess.serve(
                Map.of("SKILLTREE_GRADING_WORKERS", Integer.toString(WORKERS)), data, dir.resolve("server.log"));
        return new Nodes(List.of(all), all.api(), WORKERS);
    }

    private static Nodes webAndWorker(Path dir) throws IOException {
        DatabaseSettings db = Postgres.freshDatabase();
        Map<String, String> workers = Map.of("SKILLTREE_GRADING_WORKERS", Integer.toString(WORKERS));
        ServerProcess web = ServerProcess.serve(
                workers, dir.resolve("web"), dir.resolve("web.log"), Postgres.options(db, "--role", "web"));
        ServerProcess worker = ServerProcess.serve(
                workers, dir.resolve("worker"), dir.resolve("worker.log"), Postgres.options(db, "--role", "worker"));
        return new Nodes(List.of(web, worker), web.api(), WORKERS);
    }

    @AfterEach
    void stop() throws InterruptedException {
        retrying.set(false);
        if (nodes != null) {
            for (ServerProcess process : nodes.processes()) {
                process.kill();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void aLearnerWhoSubmitsOnceIsGradedWithinTheBoundWhileAnotherFloodsTheQueue(Shape shape) throws Exception {
        nodes = shape.start(dir);
        Api api = nodes.web();
        api.tokenFor("admin");
        String a = api.tokenFor("flooder");
        String b = api.tokenFor("patient");
        int wallSeconds = Api.read(api.get("/api/v1/challenges/" + SLUG, null))
                .get("limits")
                .get("wallSeconds")
                .asInt();
        Duration bound = Duration.ofSeconds((long) wallSeconds * (CAP / nodes.workers() + 1));

        List<Long> flooded = new ArrayList<>();
        HttpResponse<String> full = submit(api, a, NEVER_RETURNS);
        while (full.statusCode() == 202) {
            flooded.add(Api.read(full).get("id").asLong());
            full = submit(api, a, NEVER_RETURNS);
        }
        List<HttpResponse<String>> retries = new CopyOnWriteArrayList<>();
        Thread flooder = keepRetrying(api, a, retries);

        long sent = System.nanoTime();
        HttpResponse<String> accepted =
                submit(api, b, BuiltInChallenges.get(SLUG).reference().get("solution.py"));
        long bId = Api.read(accepted).get("id").asLong();
        JsonNode verdict = await().atMost(bound.multipliedBy(3).plusSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> Api.read(api.get("/api/v1/submissions/" + bId, b)),
                        s -> s.get("status").asString().equals("finished"));
        long seen = System.nanoTime();
        retrying.set(false);
        flooder.join();

        assertThat(flooded).as("A's cap filled before B came").hasSize(CAP);
        assertThat(full.statusCode()).isEqualTo(429);
        assertThat(full.headers().firstValue("Retry-After")).isPresent();
        assertThat(retries).as("A kept retrying and was refused").anyMatch(r -> r.statusCode() == 429);
        assertThat(verdict.get("verdict").asString()).isEqualTo("PASSED");
        Duration waited = Duration.between(at(verdict, "queuedAt"), at(verdict, "finishedAt"));
        System.out.printf(
                "B's verdict came %d ms after it was queued (%d ms after B pressed submit); bound %d s (%d workers,"
                        + " cap %d, %d s wall-clock limit)%n",
                waited.toMillis(), (seen - sent) / 1_000_000, bound.toSeconds(), nodes.workers(), CAP, wallSeconds);
        for (long id : flooded) {
            JsonNode mine = Api.read(api.get("/api/v1/submissions/" + id, a));
            System.out.printf(
                    "A's #%d: %s %s, queued %s, started %s, finished %s%n",
                    id,
                    mine.get("status").asString(),
                    mine.path("verdict").asString(""),
                    mine.get("queuedAt").asString(),
                    mine.get("startedAt").asString(""),
                    mine.get("finishedAt").asString(""));
        }
        System.out.printf(
                "B's #%d: queued %s, started %s, finished %s%n",
                bId,
                verdict.get("queuedAt").asString(),
                verdict.get("startedAt").asString(),
                verdict.get("finishedAt").asString());
        assertThat(waited).isLessThanOrEqualTo(bound.multipliedBy(2).plusSeconds(5));
        for (HttpResponse<String> retry : retries) {
            if (retry.statusCode() == 202) {
                JsonNode later = Api.read(api.get(
                        "/api/v1/submissions/" + Api.read(retry).get("id").asLong(), a));
                if (later.get("id").asLong() > bId && !later.get("startedAt").isNull()) {
                    assertThat(at(later, "startedAt"))
                            .as(
                                    "A's retry #%d, sent after B, started no earlier than B",
                                    later.get("id").asLong())
                            .isAfterOrEqualTo(at(verdict, "startedAt"));
                }
            }
        }
    }

    /** A script that sends A's submission again and again, whatever the answer, until the test stops it. */
    private Thread keepRetrying(Api api, String token, List<HttpResponse<String>> answers) {
        retrying.set(true);
        return Thread.ofPlatform().start(() -> {
            while (retrying.get()) {
                answers.add(submit(api, token, NEVER_RETURNS));
                java.util.concurrent.locks.LockSupport.parkNanos(
                        Duration.ofMillis(100).toNanos());
            }
        });
    }

    private static HttpResponse<String> submit(Api api, String token, String code) {
        return api.json(
                "POST",
                "/api/v1/challenges/" + SLUG + "/submissions",
                token,
                Map.of("files", Map.of("solution.py", code)));
    }

    private static Instant at(JsonNode submission, String field) {
        return Instant.parse(submission.get(field).asString());
    }
}
