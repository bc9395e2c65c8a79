package dev.skilltree.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.Api;
import dev.skilltree.support.FreshData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Malformed requests to every endpoint of {@link ApiEndpoints}, as a careless or hostile client sends them: no
 * answer is 5xx, every error is problem+json, a 4xx writes nothing, and no 4xx logs an ERROR.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "skilltree.grading.isolation=auto")
class ApiFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261201L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 3000);
    private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("fuzz.seconds", 90));
    private static final List<String> TABLES = List.of(
            "roadmap",
            "app_user",
            "api_token",
            "progress",
            "progress_event",
            "note",
            "challenge",
            "submission",
            "review_card",
            "review_state",
            "review_log",
            "review_setting");

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String admin;
    private String learner;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        FreshData.directory(registry);
    }

    @BeforeEach
    void accounts() {
        Api api = new Api(port);
        admin = api.tokenFor("admin");
        learner = api.tokenFor("fuzzer");
    }

    @Test
    void noMalformedRequestGets5xxOrAnythingButProblemJsonOrWritesOnA4xx(CapturedOutput log) throws Exception {
        Random random = new Random(SEED);
        BadRequests bad = new BadRequests(random);
        List<String> failures = new ArrayList<>();
        AtomicInteger sent = new AtomicInteger();
        Map<Integer, Integer> statuses = new LinkedHashMap<>();
        long deadline = System.nanoTime() + BUDGET.toNanos();

        while (sent.get() < REQUESTS && System.nanoTime() < deadline && failures.size() < 20) {
            ApiEndpoints.Endpoint endpoint = ApiEndpoints.ALL.get(random.nextInt(ApiEndpoints.ALL.size()));
            BadRequests.Request request = bad.against(endpoint, random.nextBoolean() ? learner : admin);
            Map<String, Long> before = rowCounts();
            HttpResponse<String> response = send(request);
            sent.incrementAndGet();
            statuses.merge(response.statusCode(), 1, Integer::sum);
            String problem = check(endpoint, request, response, before);
            if (problem != null) {
                failures.add(problem);
            }
        }

        System.out.printf("Fuzz: %d requests (seed %d), statuses %s%n", sent.get(), SEED, statuses);
        assertThat(failures).as("requests answered wrongly").isEmpty();
        assertThat(sent.get()).as("requests sent within the budget").isGreaterThanOrEqualTo(1000);
        assertThat(log.getOut().lines().filter(l -> l.contains(" ERROR ")).toList())
                .as("ERROR lines in the server's log")
                .isEmpty();
    }

    private String check(
            ApiEndpoints.Endpoint endpoint,
            BadRequests.Request request,
            HttpResponse<String> response,
            Map<String, Long> before) {
        int status = response.statusCode();
        String what = request.method() + " " + request.path() + " [" + request.contentType() + "] "
                + abbreviate(request.body()) + " -> " + status + " " + abbreviate(response.body());
        if (status >= 500) {
            return "5xx: " + what;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 400 && !type.startsWith("application/problem+json")) {
            return "not problem+json (" + type + "): " + what;
        }
        if (status >= 400 && !response.body().isEmpty() && looksLikeInternals(response.body())) {
            return "framework wording or internals: " + what;
        }
        if (status >= 400 && !rowCounts().equals(before)) {
            return "wrote on a 4xx: " + what;
        }
        if (status < 400
                && !endpoint.streams()
                && !response.body().isEmpty()
                && !type.contains("json")
                && !type.contains("markdown")) {
            return "unexpected type " + type + ": " + what;
        }
        return null;
    }

    private static boolean looksLikeInternals(String body) {
        return body.contains("Exception")
                || body.contains("Failed to read request")
                || body.contains("Failed to convert")
                || body.contains("\tat ")
                || body.contains("<html");
    }

    private HttpResponse<String> send(BadRequests.Request request) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.path()))
                .timeout(Duration.ofSeconds(10))
                .method(
                        request.method(),
                        request.bytes() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(request.bytes()));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        if (request.token() != null) {
            builder.header("Authorization", "Bearer " + request.token());
        }
        builder.header("Accept", request.accept());
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Map<String, Long> rowCounts() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(
                    table,
                    jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
