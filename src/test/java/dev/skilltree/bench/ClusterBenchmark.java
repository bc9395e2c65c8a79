package dev.skilltree.bench;

import dev.skilltree.config.DatabaseSettings;
import dev.skilltree.grading.BuiltInChallenges;
import dev.skilltree.support.Api;
import dev.skilltree.support.Postgres;
import dev.skilltree.support.ServerProcess;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two web nodes and two grading workers on one embedded PostgreSQL, each a real {@code ./skilltree serve} process,
 * driven by simulated learners who browse, update progress and submit; then grading throughput with two worker
 * nodes and with one. Run by scripts/bench-cluster.sh; not a test.
 */
public final class ClusterBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final List<String> TOPICS =
            List.of("basics-variables", "ds-lists", "closures", "decorators", "generators", "context-managers");
    private static final List<String> STATUSES = List.of("learning", "done", "todo");
    private static final String PASSWORD = "cluster bench secret 2026";

    private final Map<String, ConcurrentLinkedQueue<Long>> micros = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Long> gradingMillis = new ConcurrentLinkedQueue<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final String solution =
            BuiltInChallenges.get("closure-counter").reference().get("solution.py");
    private final Duration submitEvery;
    private final Duration warmUp;

    private ClusterBenchmark(Duration submitEvery, Duration warmUp) {
        this.submitEvery = submitEvery;
        this.warmUp = warmUp;
    }

    public static void main(String[] args) throws Exception {
        if (org.slf4j.LoggerFactory.getLogger("ROOT") instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        int learners = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Duration load = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 60);
        Duration submitEvery = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 60);
        Duration warmUp = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 30);
        Path logs = Files.createTempDirectory("skilltree-cluster");
        DatabaseSettings db = Postgres.freshDatabase();
        List<Node> nodes = new ArrayList<>();
        int status = 2;
        try {
            for (String role : List.of("web", "web", "worker", "worker")) {
                nodes.add(Node.start(role, db, logs));
            }
            for (Node node : nodes) {
                node.server().awaitHealthy();
            }
            System.out.printf(
                    "nodes: 2 web, 2 workers, one embedded PostgreSQL, all on this machine's %d cores (logs in %s)%n",
                    Runtime.getRuntime().availableProcessors(), logs);
            status = new ClusterBenchmark(submitEvery, warmUp).run(nodes, learners, load) == 0 ? 0 : 1;
        } catch (Exception e) {
            System.out.println("the benchmark stopped: " + e);
        } finally {
            for (Node node : nodes) {
                node.process().destroyForcibly().waitFor();
            }
        }
        System.exit(status); // the embedded PostgreSQL stops in a shutdown hook
    }

    /** Runs the load and the throughput bursts; returns the number of errors. */
    private int run(List<Node> nodes, int count, Duration load) throws Exception {
        List<Node> web = nodes.stream().filter(n -> n.role.equals("web")).toList();
        List<Learner> learners = new ArrayList<>();
        try (var setup = Executors.newFixedThreadPool(4)) {
            List<java.util.concurrent.Future<Learner>> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Node node = web.get(i % web.size());
                String name = "learner" + i;
                made.add(setup.submit(() -> Learner.signUp(name, node.port())));
            }
            for (var learner : made) {
                learners.add(learner.get());
            }
        }
        System.out.printf(
                "%d learners signed up and signed in, spread over the web nodes; each submits about once per %d s%n",
                learners.size(), submitEvery.toSeconds());

        // The same load, unmeasured, while the nodes' JIT compiles the pages' paths; errors count all the same.
        drive(learners, warmUp, 1000);
        micros.clear();
        gradingMillis.clear();
        requests.set(0);
        drive(learners, load, 0);
        report(load);

        Node second = nodes.get(3);
        double two = throughput(learners, "2 worker nodes");
        second.process().destroy(); // SIGTERM: a graceful stop
        second.process().waitFor();
        double one = throughput(learners, "1 worker node");
        System.out.printf("throughput ratio, two worker nodes over one: %.2f%n", two / one);
        return errors.size();
    }

    private void drive(List<Learner> learners, Duration duration, int seed) {
        Instant end = Instant.now().plus(duration);
        try (var running = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < learners.size(); i++) {
                Learner learner = learners.get(i);
                Random random = new Random(seed + i);
                running.submit(() -> behave(learner, random, end));
            }
        }
    }

    /**
     * One learner: every 0.5-2.5 s the roadmap page, the dashboard or a progress write; about once per
     * {@code submitEvery} a submission, whose state they then read at each step until its verdict.
     */
    private void behave(Learner learner, Random random, Instant end) {
        double submitChance = 1.5 / submitEvery.toSeconds();
        String following = null;
        Instant submitted = null;
        int step = 0;
        while (Instant.now().isBefore(end)) {
            try {
                Thread.sleep(500 + random.nextInt(2000));
                step++;
                switch (step % 3) {
                    case 0 -> call("page-roadmap", learner.page("/roadmaps/python-advanced"));
                    case 1 -> call("page-dashboard", learner.page("/dashboard"));
                    default -> call("progress-put", learner.progress(random));
                }
                if (following == null && random.nextDouble() < submitChance) {
                    following = call("submit", learner.submit(solution))
                            .headers()
                            .firstValue("Location")
                            .orElse(null);
                    submitted = Instant.now();
                } else if (following != null) {
                    var seen = Api.JSON.readTree(call("submission-get", learner.api("GET", following, null))
                            .body());
                    if (!seen.get("finishedAt").isNull()) {
                        gradingMillis.add(Duration.between(
                                        Instant.parse(seen.get("queuedAt").asString()),
                                        Instant.parse(seen.get("finishedAt").asString()))
                                .toMillis());
                        following = null;
                    } else if (Duration.between(submitted, Instant.now()).toSeconds() > 120) {
                        errors.add("submission " + following + " not graded after 120 s");
                        following = null;
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                errors.add(e.toString());
            }
        }
    }

    private HttpResponse<String> call(String kind, Call call) throws IOException, InterruptedException {
        HttpRequest request = call.request();
        long start = System.nanoTime();
        HttpResponse<String> response = call.client().send(request, HttpResponse.BodyHandlers.ofString());
        micros.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - start) / 1000);
        requests.incrementAndGet();
        if (response.statusCode() >= 400) {
            errors.add(kind + " " + request.uri() + " answered " + response.statusCode());
        }
        return response;
    }

    private void report(Duration load) {
        System.out.printf("%d requests in %d s, errors: %d%n", requests.get(), load.toSeconds(), errors.size());
        errors.stream().limit(10).forEach(e -> System.out.println("  " + e));
        System.out.printf("%-16s %7s %9s %9s%n", "kind", "count", "p50 ms", "p99 ms");
        micros.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            long[] sorted =
                    e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(
                    "%-16s %7d %9.1f %9.1f%n",
                    e.getKey(), sorted.length, percentile(sorted, 50) / 1000.0, percentile(sorted, 99) / 1000.0);
        });
        long[] grading =
                gradingMillis.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                "grading, submission to verdict (server's clock): p50 %d ms, p99 %d ms, %d verdicts%n",
                percentile(grading, 50), percentile(grading, 99), grading.length);
    }

    /** One submission from each of up to 100 learners at once; verdicts per second from first queued to last done. */
    private double throughput(List<Learner> learners, String label) throws Exception {
        List<Learner> burst = learners.subList(0, Math.min(100, learners.size()));
        List<String> locations = new ArrayList<>();
        for (Learner learner : burst) {
            locations.add(call("submit", learner.submit(solution))
                    .headers()
                    .firstValue("Location")
                    .orElseThrow());
        }
        Instant first = null;
        Instant last = null;
        for (int i = 0; i < locations.size(); i++) {
            while (true) {
                var seen = Api.JSON.readTree(call("submission-get", burst.get(i).api("GET", locations.get(i), null))
                        .body());
                if (!seen.get("finishedAt").isNull()) {
                    Instant queued = Instant.parse(seen.get("queuedAt").asString());
                    Instant finished = Instant.parse(seen.get("finishedAt").asString());
                    first = first == null || queued.isBefore(first) ? queued : first;
                    last = last == null || finished.isAfter(last) ? finished : last;
                    break;
                }
                Thread.sleep(200);
            }
        }
        double seconds = Duration.between(first, last).toMillis() / 1000.0;
        double perSecond = locations.size() / seconds;
        System.out.printf(
                "grading throughput, %s: %.1f verdicts/s (%d submissions in %.1f s)%n",
                label, perSecond, locations.size(), seconds);
        return perSecond;
    }

    private static long percentile(long[] sorted, int p) {
        return sorted.length == 0
                ? 0
                : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** A learner's browser (session cookie) and API client (token), on one web node. */
    private record Learner(HttpClient browser, HttpClient client, String token, int port) {

        static Learner signUp(String name, int port) throws IOException, InterruptedException {
            Api api = new Api(port);
            api.register(name, PASSWORD);
            String token = Api.read(api.json(
                            "POST", "/api/v1/auth/token", null, Map.of("username", name, "password", PASSWORD)))
                    .get("token")
                    .asString();
            HttpClient browser = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
            String login = browser.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher csrf = CSRF.matcher(login);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
            String form = "username=" + name + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                    + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> signedIn = browser.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (!signedIn.uri().getPath().equals("/dashboard")) {
                throw new IllegalStateException(name + " could not sign in: landed on " + signedIn.uri());
            }
            return new Learner(browser, HttpClient.newHttpClient(), token, port);
        }

        Call page(String path) {
            return new Call(
                    browser,
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build());
        }

        Call progress(Random random) {
            return api(
                    "PUT",
                    "/api/v1/me/progress/python-advanced/" + TOPICS.get(random.nextInt(TOPICS.size())),
                    "{\"status\":\"" + STATUSES.get(random.nextInt(STATUSES.size())) + "\"}");
        }

        Call submit(String solution) {
            return api(
                    "POST",
                    "/api/v1/challenges/closure-counter/submissions",
                    Api.JSON.writeValueAsString(Map.of("files", Map.of("solution.py", solution))));
        }

        Call api(String method, String path, String json) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .method(
                            method,
                            json == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(json))
                    .build();
            return new Call(client, request);
        }
    }

    private record Call(HttpClient client, HttpRequest request) {}

    /** One {@code ./skilltree serve --role …} process on the shared PostgreSQL. */
    private record Node(String role, ServerProcess server) {

        private static final AtomicInteger STARTED = new AtomicInteger();

        static Node start(String role, DatabaseSettings db, Path logs) throws IOException {
            int number = STARTED.incrementAndGet();
            Path log = logs.resolve(role + "-" + number + ".log");
            Path data = logs.resolve("data-" + number);
            return new Node(
                    role,
                    ServerProcess.startScript(log, Postgres.options(db, "--role", role, "--data", data.toString())));
        }

        int port() {
            return server.port();
        }

        Process process() {
            return server.process();
        }
    }
}
