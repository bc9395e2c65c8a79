package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skilltree.config.DatabaseSettings;
import dev.skilltree.grading.job.SchedulerQueue;
import dev.skilltree.support.Api;
import dev.skilltree.support.Postgres;
import dev.skilltree.support.RequiresSystemPackage;
import dev.skilltree.support.ServerProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The distributed shape with the built jar, as an operator runs it: one PostgreSQL, one web node and two workers,
 * each a real process. 100 submissions go in through the web node; one worker is killed with SIGKILL while it
 * grades; every submission ends with one verdict, the one a single node gives it, and the dead worker's work is
 * graded by the other.
 */
@RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
class MultiNodeFaultIT {

    static final Path JAR = Path.of(System.getProperty("skilltree.jar", "target/skilltree.jar"));
    private static final String CHALLENGE = "closure-counter";
    private static final int SUBMISSIONS = 100;
    private static final int LEARNERS = 5;
    private static final int SOLUTIONS = 5;
    /** Heartbeats every half second, dead after four missed (the least db-scheduler takes): work taken up in seconds. */
    static final List<String> FAST_HEARTBEATS = List.of(
            // Quick to start on a small machine (C1 only); grading time is Python's, not the JVM's.
            "-XX:TieredStopAtLevel=1",
            "-Dskilltree.scheduler.heartbeat-interval=500ms",
            "-Dskilltree.scheduler.missed-heartbeats=4",
            "-Dskilltree.scheduler.polling-interval=250ms",
            // Five learners send a hundred submissions at once; the per-learner cap is FairUnderLoadTest's.
            "-Dskilltree.grading.max-in-flight=1000");

    private static final Pattern GRADED = Pattern.compile("submission=(\\d+) .*Graded " + CHALLENGE + ": ");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dir;

    private final List<ServerProcess> nodes = new ArrayList<>();

    /** Every node, also one still starting when a failed assertion ended the test. */
    @AfterEach
    void stopNodes() throws InterruptedException {
        for (ServerProcess node : nodes) {
            node.kill();
        }
        ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().commandLine().orElse("").contains(JAR.toString()))
                .forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void aKilledWorkersSubmissionsAreGradedOnceByTheOtherWithTheVerdictsOfOneNode() throws Exception {
        long began = System.nanoTime();
        DatabaseSettings cluster = Postgres.freshDatabase();
        DatabaseSettings single = Postgres.freshDatabase();
        CompletableFuture<ServerProcess> alone = CompletableFuture.supplyAsync(() -> start("single", single, "all"));
        ServerProcess web = start("web", cluster, "web");
        // The workers start while the learners submit: the submissions wait in the queue for them.
        CompletableFuture<ServerProcess> startingA = CompletableFuture.supplyAsync(() -> start("a", cluster, "worker"));
        CompletableFuture<ServerProcess> startingB = CompletableFuture.supplyAsync(() -> start("b", cluster, "worker"));
        Api api = web.api();
        List<Solution> solutions = solutions();
        Map<Long, Sent> sent = submitAll(api, solutions);
        System.out.printf("%d submitted to the web node at %d s%n", sent.size(), seconds(began));
        CompletableFuture<Map<Long, String>> byOneNode = alone.thenApply(one -> gradeOnOneNode(one.api(), sent));
        ServerProcess doomed = startingA.join();
        System.out.printf("Worker a up at %d s%n", seconds(began));

        try (Connection connection = connect(cluster)) {
            JdbcClient db = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            String doomedName = nodeName(doomed);
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> heldBy(db, doomedName), id -> id != null);
            doomed.kill();
            List<Long> orphaned = db.sql("select task_instance from scheduled_tasks where task_name = ? and picked"
                            + " and picked_by = ?")
                    .params(SchedulerQueue.TASK, doomedName)
                    .query(Long.class)
                    .list();
            System.out.printf(
                    "Killed worker %s at %d s holding %s; %d of %d finished%n",
                    doomedName, seconds(began), orphaned, finished(db), SUBMISSIONS);
            assertThat(orphaned).as("the killed worker held work").isNotEmpty();
            // A learner starts following one of them now, before another node takes it over.
            long held = orphaned.getFirst();
            CompletableFuture<HttpResponse<String>> followed = follow(web, sent.get(held));

            ServerProcess survivor = startingB.join();
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> finished(db) == SUBMISSIONS);
            System.out.printf("All %d graded at %d s%n", SUBMISSIONS, seconds(began));

            Map<Long, String> verdicts = verdicts(api, sent);
            assertThat(verdicts).as("every submission has a final verdict").hasSize(SUBMISSIONS);
            assertThat(gradings(List.of("web", "a", "b")))
                    .as("every submission was graded to one result, once")
                    .containsOnlyKeys(sent.keySet())
                    .allSatisfy((id, times) ->
                            assertThat(times).as("results of " + id).isEqualTo(1));
            String survivorName = nodeName(survivor);
            for (long id : orphaned) {
                assertThat(db.sql("select graded_by from submission where id = ?")
                                .param(id)
                                .query(String.class)
                                .single())
                        .as("who graded %d, left by the killed worker", id)
                        .isEqualTo(survivorName);
            }
            HttpResponse<String> stream = followed.get(30, TimeUnit.SECONDS);
            assertThat(stream.body())
                    .as("the learner following %d on the web node", held)
                    .contains("\"status\":\"finished\",\"verdict\":\"" + verdicts.get(held) + "\"");

            List<String> clusterVerdicts = new ArrayList<>(verdicts.values());
            assertThat(clusterVerdicts)
                    .as("the verdicts, in the order sent, against one node's")
                    .isEqualTo(new ArrayList<>(byOneNode.join().values()));
            assertThat(clusterVerdicts).contains("PASSED", "FAILED");
            System.out.printf("Single node agreed at %d s%n", seconds(began));
        }
    }

    private ServerProcess start(String name, DatabaseSettings db, String role) {
        try {
            ServerProcess node = ServerProcess.serveJar(
                    JAR,
                    dir.resolve(name + ".log"),
                    FAST_HEARTBEATS,
                    Postgres.options(
                            db, "--role", role, "--data", dir.resolve(name).toString()));
            synchronized (nodes) {
                nodes.add(node);
            }
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@value #SUBMISSIONS} submissions by {@value #LEARNERS} learners, going round the solutions, in order. */
    private static Map<Long, Sent> submitAll(Api api, List<Solution> solutions) {
        api.tokenFor("admin");
        List<String> learners = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            learners.add(api.tokenFor("learner" + i));
        }
        Map<Long, Sent> sent = new LinkedHashMap<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            Sent one = submit(api, learners.get(i % LEARNERS), solutions.get(i % solutions.size()));
            sent.put(one.id(), one);
        }
        return sent;
    }

    /** The same submissions, by as many learners, to the one node; its verdicts in the same order. */
    private static Map<Long, String> gradeOnOneNode(Api api, Map<Long, Sent> cluster) {
        Map<Long, Sent> sent = submitAll(
                api,
                cluster.values().stream().limit(SOLUTIONS).map(Sent::solution).toList());
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> sent.values().stream().allMatch(s -> !Api.read(api.get(s.location(), s.token()))
                        .get("verdict")
                        .isNull()));
        return verdicts(api, sent);
    }

    private static Sent submit(Api api, String token, Solution solution) {
        HttpResponse<String> accepted = api.json(
                "POST",
                "/api/v1/challenges/" + CHALLENGE + "/submissions",
                token,
                Map.of("files", Map.of("solution.py", solution.code())));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return new Sent(Api.read(accepted).get("id").asLong(), token, solution);
    }

    private static Map<Long, String> verdicts(Api api, Map<Long, Sent> sent) {
        Map<Long, String> verdicts = new LinkedHashMap<>();
        for (Sent s : sent.values()) {
            var submission = Api.read(api.get(s.location(), s.token()));
            if (submission.get("status").asString().equals("finished")) {
                verdicts.put(s.id(), submission.get("verdict").asString());
            }
        }
        return verdicts;
    }

    /** A submission the node is grading now, or null. */
    private static Long heldBy(JdbcClient db, String node) {
        return db
                .sql("select task_instance from scheduled_tasks where task_name = ? and picked and picked_by = ?")
                .params(SchedulerQueue.TASK, node)
                .query(Long.class)
                .list()
                .stream()
                .findFirst()
                .orElse(null);
    }

    private static long finished(JdbcClient db) {
        return db.sql("select count(*) from submission where status = 'FINISHED'")
                .query(Long.class)
                .single();
    }

    /** A node's scheduler name, as it writes it into picked_by and graded_by: host-pid. */
    private static String nodeName(ServerProcess node) throws IOException {
        return java.net.InetAddress.getLocalHost().getHostName() + "-" + node.pid();
    }

    /** How many times each submission's result was written, from every node's log. */
    private Map<Long, Integer> gradings(List<String> logs) throws IOException {
        Map<Long, Integer> times = new HashMap<>();
        for (String name : logs) {
            for (String line : Files.readAllLines(dir.resolve(name + ".log"))) {
                Matcher graded = GRADED.matcher(line);
                if (graded.find()) {
                    times.merge(Long.parseLong(graded.group(1)), 1, Integer::sum);
                }
            }
        }
        return times;
    }

    /** Follows the submission's server-sent events on the web node until the stream closes. */
    private static CompletableFuture<HttpResponse<String>> follow(ServerProcess web, Sent submission) {
        HttpRequest events = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + web.api().port() + submission.location() + "/events"))
                .header("Authorization", "Bearer " + submission.token())
                .header("Accept", "text/event-stream")
                .build();
        return HttpClient.newHttpClient().sendAsync(events, HttpResponse.BodyHandlers.ofString());
    }

    private static Connection connect(DatabaseSettings db) throws Exception {
        return DriverManager.getConnection(
                db.url(),
                db.user(),
                Files.readAllLines(Postgres.passwordFile()).getFirst().strip());
    }

    private static long seconds(long since) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - since);
    }

    /**
     * The challenge's reference (and the same a second slow, so the kill finds a worker busy) and its known wrong
     * solutions.
     */
    private static List<Solution> solutions() throws IOException {
        String reference = BuiltInChallenges.get(CHALLENGE).reference().get("solution.py");
        List<Solution> solutions = new ArrayList<>();
        solutions.add(new Solution("import time\n\ntime.sleep(1)\n\n" + reference, true));
        solutions.add(new Solution(reference, false));
        for (String wrong : List.of("adds-before-returning", "ignores-step", "shared-global-state")) {
            String path = "content/challenges/" + CHALLENGE + "/wrong/" + wrong + "/solution.py";
            try (InputStream in = MultiNodeFaultIT.class.getClassLoader().getResourceAsStream(path)) {
                solutions.add(new Solution(new String(in.readAllBytes(), StandardCharsets.UTF_8), false));
            }
        }
        return solutions;
    }

    record Solution(String code, boolean slow) {}

    record Sent(long id, String token, Solution solution) {
        String location() {
            return "/api/v1/submissions/" + id;
        }
    }
}
