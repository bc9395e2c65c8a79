package dev.skilltree.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CLI's side of the HTTP API: JSON in and out, problems turned into plain messages. */
final class ServerClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI server;
    private final String token;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ServerClient(String server, String token) {
        this.server = URI.create(server.endsWith("/") ? server : server + "/");
        this.token = token;
    }

    JsonNode get(String path) {
        return send(request(path).GET().build());
    }

    JsonNode post(String path, Object body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build());
    }

    /** Reads server-sent events until one's JSON data satisfies {@code last}; returns that one. */
    JsonNode follow(String path, Predicate<JsonNode> last) {
        HttpRequest request = request(path)
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofMinutes(5))
                .GET()
                .build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw UserError.of("The server answered " + response.statusCode() + " for " + path);
            }
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                StringBuilder data = new StringBuilder();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data:")) {
                        data.append(line.substring(5));
                    } else if (line.isEmpty() && !data.isEmpty()) {
                        JsonNode event = JSON.readTree(data.toString());
                        data.setLength(0);
                        if (last.test(event)) {
                            return event;
                        }
                    }
                }
            }
            throw UserError.of("The server closed the event stream of " + path + " before the verdict.");
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw UserError.of("Interrupted.");
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        server.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? JSON.createObjectNode() : parse(response.body());
            if (response.statusCode() < 400 && body == null) {
                throw UserError.of("The server at " + request.uri() + " answered " + response.statusCode()
                        + " with something other than JSON ("
                        + response.headers().firstValue("Content-Type").orElse("no content type")
                        + "): is that the skilltree server?");
            }
            if (body == null) {
                body = JSON.createObjectNode();
            }
            if (response.statusCode() >= 400) {
                String detail = body.path("detail").asString("");
                String errors = body.has("errors")
                        ? "\n"
                                + String.join(
                                        "\n",
                                        body.get("errors")
                                                .valueStream()
                                                .map(e -> e.asString(""))
                                                .toList())
                        : "";
                throw UserError.of(
                        (detail.isEmpty() ? "The server answered " + response.statusCode() : detail) + errors);
            }
            return body;
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw UserError.of("Interrupted.");
        }
    }

    /** The body as JSON, or null when it is not JSON. */
    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private UserError unreachable(IOException e) {
        return UserError.of("Cannot reach " + server
                + (e instanceof ConnectException ? " (connection refused)" : ": " + e.getMessage()));
    }
}
