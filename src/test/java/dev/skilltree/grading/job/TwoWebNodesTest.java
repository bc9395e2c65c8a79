package dev.skilltree.grading.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skilltree.SkilltreeApplication;
import dev.skilltree.account.AccountService;
import dev.skilltree.config.DatabaseSettings;
import dev.skilltree.grading.BuiltInChallenges;
import dev.skilltree.grading.submission.SubmissionRepository;
import dev.skilltree.support.Api;
import dev.skilltree.support.Postgres;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two web nodes, two application contexts in this JVM, on one PostgreSQL: what one node writes, the other serves.
 * A learner signed in on one is signed in on the other (sessions in the database), and a stream of a submission
 * open on one sees the verdict the other writes (LISTEN/NOTIFY), though its own poll would wait a minute.
 */
class TwoWebNodesTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static ConfigurableApplicationContext one;
    private static ConfigurableApplicationContext two;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        DatabaseSettings database = Postgres.freshDatabase();
        one = node(database);
        two = node(database);
    }

    @AfterAll
    static void stopNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {one, two}) {
            if (node != null) {
                node.close();
            }
        }
    }

    private static ConfigurableApplicationContext node(DatabaseSettings database) throws Exception {
        return new SpringApplicationBuilder(SkilltreeApplication.class)
                .run(
                        "--server.port=0",
                        "--skilltree.data=" + Files.createTempDirectory("skilltree-node"),
                        "--skilltree.db.url=" + database.url(),
                        "--skilltree.db.user=" + database.user(),
                        "--skilltree.db.password-file=" + Postgres.passwordFile(),
                        "--spring.datasource.hikari.connection-timeout=2000",
                        // A stream reads the submission again only after a minute: sooner is the notification.
                        "--skilltree.grading.stream-poll=60s");
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static String url(ConfigurableApplicationContext node, String path) {
        return "http://localhost:" + port(node) + path;
    }

    @Test
    void aLearnerSignedInOnOneNodeIsSignedInOnTheOtherUntilSignedOutThere() throws Exception {
        new Api(port(one)).register("ming", PASSWORD);
        HttpClient http = HttpClient.newHttpClient();

        String session = signIn(http, "ming");
        HttpResponse<String> dashboardOnTwo = get(http, two, "/dashboard", session);
        String csrfFromTwo = csrf(dashboardOnTwo.body());
        HttpResponse<String> signOutOnTwo = http.send(
                HttpRequest.newBuilder(URI.create(url(two, "/logout")))
                        .header("Cookie", session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrfFromTwo)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> dashboardOnOne = get(http, one, "/dashboard", session);

        assertThat(dashboardOnTwo.statusCode()).isEqualTo(200);
        assertThat(dashboardOnTwo.body()).contains("ming");
        assertThat(signOutOnTwo.statusCode()).isEqualTo(302);
        assertThat(signOutOnTwo.headers().firstValue("Location").orElseThrow()).endsWith("/login?signedOut");
        assertThat(dashboardOnOne.statusCode()).isEqualTo(302);
        assertThat(dashboardOnOne.headers().firstValue("Location").orElseThrow())
                .endsWith("/login?required");
    }

    @Test
    void aSessionKeepsTheConfiguredThirtyDayTimeout() throws Exception {
        new Api(port(one)).register("lan", PASSWORD);
        signIn(HttpClient.newHttpClient(), "lan");

        List<Integer> timeouts = one.getBean(JdbcClient.class)
                .sql("select max_inactive_interval from spring_session where principal_name = 'lan'")
                .query(Integer.class)
                .list();

        assertThat(timeouts).containsExactly((int) Duration.ofDays(30).toSeconds());
    }

    @Test
    void aStreamOnOneNodeSeesTheVerdictTheOtherNodeWrites() throws Exception {
        String token = new Api(port(one)).tokenFor("hua");
        long learner =
                one.getBean(AccountService.class).find("hua").orElseThrow().id();
        long id = one.getBean(SubmissionRepository.class)
                .insert(
                        learner,
                        "closure-counter",
                        BuiltInChallenges.get("closure-counter").starter(),
                        one.getBean(Clock.class).instant());
        List<String> events = new CopyOnWriteArrayList<>();
        HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(URI.create(url(one, "/api/v1/submissions/" + id + "/events")))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response ->
                        response.body().filter(l -> l.startsWith("data:")).forEach(events::add));
        await().atMost(Duration.ofSeconds(20)).until(() -> events.stream().anyMatch(e -> e.contains("\"queued\"")));

        two.getBean(SubmissionGrading.class).grade(id, 0, "node-two");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(events).anyMatch(e -> e.contains("\"finished\"")));
        assertThat(events.getLast()).containsPattern("\"verdict\":\"[A-Z_]+\"");
    }

    /** Signs in through the form on node one; the session cookie it set. */
    private static String signIn(HttpClient http, String username) throws Exception {
        HttpResponse<String> form = get(http, one, "/login", null);
        String cookie = sessionCookie(form);
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(url(one, "/login")))
                        .header("Cookie", cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                                + encode(PASSWORD) + "&_csrf=" + encode(csrf(form.body()))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/dashboard");
        // Signing in gives the session a new id (against session fixation), in a new cookie.
        return signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .map(TwoWebNodesTest::cookieOf)
                .findFirst()
                .orElse(cookie);
    }

    private static HttpResponse<String> get(
            HttpClient http, ConfigurableApplicationContext node, String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(node, path)));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .map(TwoWebNodesTest::cookieOf)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private static String cookieOf(String setCookie) {
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private static String csrf(String html) {
        Matcher found = CSRF.matcher(html);
        assertThat(found.find()).as("a CSRF token in the page").isTrue();
        return found.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
