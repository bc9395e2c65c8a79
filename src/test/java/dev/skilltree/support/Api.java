package dev.skilltree.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for the API of a server started on a random port. */
public record Api(int port) {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public HttpResponse<String> get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    public HttpResponse<String> send(String method, String path, String token, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    public HttpResponse<String> json(String method, String path, String token, Object body) {
        return send(method, path, token, JSON.writeValueAsString(body), "application/json");
    }

    public HttpResponse<String> register(String username, String password) {
        return json("POST", "/api/v1/auth/register", null, Map.of("username", username, "password", password));
    }

    /** Registers the user (once) and returns a fresh personal token. */
    public String tokenFor(String username) {
        String password = "correct horse battery staple";
        register(username, password);
        HttpResponse<String> response =
                json("POST", "/api/v1/auth/token", null, Map.of("username", username, "password", password));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + response.body());
        }
        return read(response).get("token").asString();
    }

    /** Sends {@code files} to the challenge {@code slug}: 202 and the submission's Location when it is taken. */
    public HttpResponse<String> submit(String token, String slug, Map<String, String> files) {
        return json("POST", "/api/v1/challenges/" + slug + "/submissions", token, Map.of("files", files));
    }

    /** Where what a request made is: its answer's Location. */
    public static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    public static JsonNode read(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
