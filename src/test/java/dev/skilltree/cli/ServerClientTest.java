package dev.skilltree.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The command line's HTTP client against a real HTTP server on a free port (the JDK's): the requests it sends, and
 * what the user is told when the answer is a problem, not JSON, or no answer at all.
 */
class ServerClientTest {

    private HttpServer server;
    private String url;
    private final Map<String, String> seen = new ConcurrentHashMap<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.start();
        url = "http://localhost:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    /** Answers {@code path} with this status, content type and body, and keeps what the request carried. */
    private void answer(String path, int status, String contentType, String body) {
        server.createContext(path, exchange -> {
            seen.put("method", exchange.getRequestMethod());
            seen.put("uri", exchange.getRequestURI().toString());
            seen.put(
                    "authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            seen.put("contentType", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")));
            seen.put("accept", String.valueOf(exchange.getRequestHeaders().getFirst("Accept")));
            seen.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            send(exchange, status, contentType, body);
        });
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void getsJsonWithTheLearnersToken() {
        answer("/api/v1/me/reviews/due", 200, "application/json", "{\"due\": 2, \"cards\": []}");

        JsonNode due = new ServerClient(url, "st_secret").get("/api/v1/me/reviews/due?limit=5");

        assertThat(due.get("due").asInt()).isEqualTo(2);
        assertThat(seen)
                .containsEntry("method", "GET")
                .containsEntry("uri", "/api/v1/me/reviews/due?limit=5")
                .containsEntry("authorization", "Bearer st_secret");
    }

    @Test
    void postsTheBodyAsJsonAndSendsNoTokenWhenSignedOut() {
        answer("/api/v1/auth/token", 200, "application/json", "{\"token\": \"st_new\"}");

        JsonNode token = new ServerClient(url + "/", null).post("/api/v1/auth/token", Map.of("username", "ada"));

        assertThat(token.get("token").asString()).isEqualTo("st_new");
        assertThat(seen)
                .containsEntry("method", "POST")
                .containsEntry("contentType", "application/json")
                .containsEntry("body", "{\"username\":\"ada\"}")
                .containsEntry("authorization", "null");
    }

    @Test
    void keepsTheServersOwnPathInFrontOfTheApis() {
        answer("/skilltree/api/v1/challenges", 200, "application/json", "[]");

        new ServerClient(url + "/skilltree", "t").get("/api/v1/challenges");

        assertThat(seen).containsEntry("uri", "/skilltree/api/v1/challenges");
    }

    @Test
    void tellsTheUserAProblemsDetail() {
        answer(
                "/api/v1/challenges/nope/submissions",
                404,
                "application/problem+json",
                "{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,"
                        + "\"detail\":\"There is no challenge 'nope'.\"}");

        assertThatThrownBy(() -> new ServerClient(url, "t").post("/api/v1/challenges/nope/submissions", Map.of()))
                .isInstanceOf(UserError.class)
                .hasMessage("There is no challenge 'nope'.");
    }

    @Test
    void tellsTheUserEachErrorAProblemListsOnALineOfItsOwn() {
        answer(
                "/api/v1/roadmaps",
                422,
                "application/problem+json",
                "{\"status\":422,\"detail\":\"2 problem(s) found\",\"errors\":[\"road.md:3: no title\","
                        + "\"road.md:9: unknown topic 'x'\"]}");

        assertThatThrownBy(() -> new ServerClient(url, "t").post("/api/v1/roadmaps", "# road"))
                .hasMessage("2 problem(s) found\nroad.md:3: no title\nroad.md:9: unknown topic 'x'");
    }

    @Test
    void tellsTheUserTheStatusWhenTheAnswerIsNoProblem() {
        answer("/empty", 401, "application/problem+json", "");
        answer("/proxy", 502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>");
        answer("/nodetail", 429, "application/problem+json", "{\"status\":429}");

        assertThatThrownBy(() -> new ServerClient(url, "t").get("/empty")).hasMessage("The server answered 401");
        assertThatThrownBy(() -> new ServerClient(url, "t").get("/proxy")).hasMessage("The server answered 502");
        assertThatThrownBy(() -> new ServerClient(url, "t").get("/nodetail")).hasMessage("The server answered 429");
    }

    @Test
    void refusesASuccessfulAnswerThatIsNotJson() {
        answer("/portal", 200, "text/html", "<html><body>Sign in to the Wi-Fi</body></html>");

        assertThatThrownBy(() -> new ServerClient(url, "t").get("/portal"))
                .hasMessage("The server at " + url + "/portal answered 200 with something other than JSON (text/html):"
                        + " is that the skilltree server?");
    }

    @Test
    void namesTheServerThatRefusedTheConnection() throws IOException {
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }

        assertThatThrownBy(() -> new ServerClient("http://localhost:" + closed, "t").get("/api/v1/challenges"))
                .isInstanceOf(UserError.class)
                .hasMessage("Cannot reach http://localhost:" + closed + "/ (connection refused)");
    }

    @Test
    void followsServerSentEventsUntilTheOneAskedFor() {
        answer("/api/v1/submissions/7/events", 200, "text/event-stream", """
                event:submission
                id:queued
                data:{"id":7,"status":"queued"}

                event:submission
                id:started
                data:{"id":7,"status":"started"}

                event:submission
                id:finished
                data:{"id":7,"status":"finished","verdict":"PASSED"}

                """);

        JsonNode last = new ServerClient(url, "t").follow("/api/v1/submissions/7/events", e -> e.path("status")
                .asString()
                .equals("finished"));

        assertThat(last.get("verdict").asString()).isEqualTo("PASSED");
        assertThat(seen).containsEntry("accept", "text/event-stream").containsEntry("authorization", "Bearer t");
    }

    @Test
    void saysWhenTheStreamEndsBeforeTheVerdict() {
        answer(
                "/api/v1/submissions/7/events",
                200,
                "text/event-stream",
                "event:submission\ndata:{\"status\":\"queued\"}\n\n");

        assertThatThrownBy(() -> new ServerClient(url, "t").follow("/api/v1/submissions/7/events", e -> e.path("status")
                        .asString()
                        .equals("finished")))
                .hasMessage("The server closed the event stream of /api/v1/submissions/7/events before the verdict.");
    }

    @Test
    void saysWhatTheServerAnsweredInsteadOfAStream() {
        answer("/api/v1/submissions/8/events", 404, "application/problem+json", "{\"detail\":\"gone\"}");

        assertThatThrownBy(() -> new ServerClient(url, "t").follow("/api/v1/submissions/8/events", e -> true))
                .hasMessage("The server answered 404 for /api/v1/submissions/8/events");
    }

    @Test
    void joinsAnEventsDataLinesIntoOneJsonDocument() {
        answer("/events", 200, "text/event-stream", "data:{\"status\":\ndata:\"finished\"}\n\n");

        JsonNode last = new ServerClient(url, "t").follow("/events", e -> true);

        assertThat(last.get("status").asString()).isEqualTo("finished");
    }
}
