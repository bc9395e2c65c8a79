package dev.skilltree.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.Api;
import dev.skilltree.support.FreshData;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Registration, tokens and sign-in throttling over real HTTP, on a fresh H2 file database. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"skilltree.login.delay=1ms", "skilltree.login.slow-after=2", "skilltree.login.refuse-after=4"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        FreshData.directory(registry);
    }

    @Test
    @Order(1)
    void makesTheFirstAccountTheAdminAndLaterOnesLearners() {
        Api api = new Api(port);

        HttpResponse<String> first = api.register("Ada", "correct horse battery");
        HttpResponse<String> second = api.register("grace", "another long secret");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(Api.read(first).get("username").asString()).isEqualTo("ada");
        assertThat(Api.read(first).get("role").asString()).isEqualTo("ADMIN");
        assertThat(Api.read(second).get("role").asString()).isEqualTo("LEARNER");
        assertThat(second.headers().firstValue("Set-Cookie"))
                .as("the API opens no session")
                .isEmpty();
    }

    @Test
    void explainsWhyARegistrationIsRefused() {
        Api api = new Api(port);
        api.register("taken", "a fine long password");

        assertRefused(api.register("taken", "a fine long password"), "username", "already taken");
        assertRefused(api.register("x", "a fine long password"), "username", "3 to 32 characters");
        assertRefused(api.register("shorty", "short"), "password", "at least 10 characters");
        assertRefused(api.register("longpw", "长".repeat(25)), "password", "at most 72 bytes");
        assertRefused(api.register("weakling", "password123"), "password", "too easy to guess");
        assertRefused(api.register("selfish", "selfish-selfish"), "password", "too easy to guess");
    }

    @Test
    void issuesATokenThatWorksUntilItIsRevoked() {
        Api api = new Api(port);
        String token = api.tokenFor("tokenuser");

        assertThat(api.get("/api/v1/me/progress/python-advanced", token).statusCode())
                .isEqualTo(200);

        long owner = accounts.find("tokenuser").orElseThrow().id();
        assertThat(tokens.revoke(owner, tokens.list(owner).getFirst().id())).isTrue();

        HttpResponse<String> after = api.get("/api/v1/me/progress/python-advanced", token);
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(Api.read(after).get("detail").asString()).contains("unknown or revoked");
        assertThat(api.get("/api/v1/me/progress/python-advanced", "st_made-up").statusCode())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/me/progress/python-advanced", null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void slowsDownThenRefusesRepeatedFailedSignIns() {
        Api api = new Api(port);
        api.register("victim", "the real password");
        Map<String, String> wrong = Map.of("username", "victim", "password", "a wrong guess");

        for (int i = 0; i < 4; i++) {
            assertThat(api.json("POST", "/api/v1/auth/token", null, wrong).statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> refused = api.json(
                "POST", "/api/v1/auth/token", null, Map.of("username", "victim", "password", "the real password"));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(Api.read(refused).get("detail").asString()).contains("Too many failed sign-ins");
    }

    @Test
    void refusesOversizedBodiesWith413() {
        HttpResponse<String> response = new Api(port)
                .send("POST", "/api/v1/auth/register", null, "x".repeat(2 * 1024 * 1024), "application/json");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(Api.read(response).get("detail").asString()).contains("at most 1048576");
    }

    @Test
    void refusesOversizedBodiesSentInChunksAndReadsSmallOnes() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.util.function.Function<byte[], HttpResponse<String>> chunked = bytes -> {
            try {
                return http.send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/api/v1/auth/register"))
                                .header("Content-Type", "application/json")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new java.io.ByteArrayInputStream(bytes)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };

        HttpResponse<String> huge = chunked.apply("x".repeat(2 * 1024 * 1024).getBytes());
        HttpResponse<String> small =
                chunked.apply("{\"username\":\"chunky\",\"password\":\"correct horse battery staple\"}".getBytes());

        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(Api.read(huge).get("detail").asString()).contains("at most 1048576");
        assertThat(small.statusCode()).as(small.body()).isEqualTo(201);
    }

    @Autowired
    AccountService accounts;

    private static void assertRefused(HttpResponse<String> response, String field, String message) {
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Api.read(response).get("field").asString()).isEqualTo(field);
        assertThat(Api.read(response).get("detail").asString()).contains(message);
    }
}
