package dev.skilltree.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.Api;
import dev.skilltree.support.WholeApp;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The answers a client gets for the malformed requests first seen by hand, each a problem+json that says why. */
class ApiErrorsTest extends WholeApp {

    String token;

    @BeforeEach
    void signUp() {
        token = api.tokenFor("careless");
    }

    @Test
    void aNullFileIs422NamingTheFile() {
        HttpResponse<String> response = api.send(
                "POST",
                "/api/v1/challenges/closure-counter/submissions",
                token,
                "{\"files\":{\"solution.py\":null}}",
                "application/json");

        assertProblem(response, 422).contains("solution.py");
    }

    @Test
    void anEncodedSlashInAnApiPathIs400ProblemJsonNotTomcatsPage() {
        HttpResponse<String> response = api.send(
                "PUT",
                "/api/v1/me/progress/python-advanced/..%2f..%2fetc",
                token,
                "{\"status\":\"done\"}",
                "application/json");

        assertProblem(response, 400).contains("encoded slash");
    }

    @Test
    void brokenJsonIs400WithItsLineAndColumn() {
        HttpResponse<String> response = api.send(
                "PUT",
                "/api/v1/me/progress/python-advanced/closures",
                token,
                "{\n  \"status\": \"done\",,\n}",
                "application/json");

        assertProblem(response, 400).contains("line 2, column");
    }

    @Test
    void aWrongTypeIs422NamingTheField() {
        HttpResponse<String> files = api.send(
                "POST",
                "/api/v1/challenges/closure-counter/submissions",
                token,
                "{\"files\":\"nope\"}",
                "application/json");
        HttpResponse<String> username = api.send(
                "POST",
                "/api/v1/auth/register",
                null,
                "{\"username\":[1],\"password\":\"long enough secret\"}",
                "application/json");

        assertProblem(files, 422).contains("'files'").contains("an object");
        assertProblem(username, 422).contains("'username'").contains("text");
    }

    @Test
    void aNonNumericIdSaysWhatItMustBeInOurWords() {
        assertProblem(api.get("/api/v1/submissions/abc", token), 400)
                .contains("'id' must be a whole number; got 'abc'")
                .doesNotContain("Failed to convert");
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertProblem(
            HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode body = Api.read(response);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        return assertThat(body.get("detail").asString());
    }
}
