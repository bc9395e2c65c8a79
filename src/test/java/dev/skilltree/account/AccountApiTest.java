package dev.skilltree.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.Api;
import dev.skilltree.support.FreshData;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Registration, tokens and body limits over real HTTP and the security filters, on a fresh H2 file database. What
 * registration and sign-in answer (roles, refusals, throttling) is AuthApiControllerTest's, in a web slice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
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
    void registeringThroughTheApiOpensNoSession() {
        HttpResponse<String> registered = new Api(port).register("Ada", "correct horse battery");

        assertThat(registered.statusCode()).isEqualTo(201);
        assertThat(registered.headers().firstValue("Set-Cookie"))
                .as("the API opens no session")
                .isEmpty();
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
}
