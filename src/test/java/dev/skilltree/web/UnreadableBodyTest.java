package dev.skilltree.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.http.MockHttpInputMessage;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a client is told about a body the JSON converter could not read: each body is read by Spring's own converter,
 * and the exception it throws is explained.
 */
class UnreadableBodyTest {

    record Submission(Map<String, String> files) {}

    record Status(String node, Boolean done, Long minutes, Instant at, LocalDate from) {}

    record Statuses(List<Status> statuses) {}

    @Test
    void brokenJsonIs400WithItsLineAndColumn() {
        ProblemDetail problem = explain(Map.class, "{\n  \"status\": \"done\",,\n}");

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getTitle()).isEqualTo("Broken JSON");
        assertThat(problem.getDetail()).matches("The body is not valid JSON at line 2, column \\d+\\.");
    }

    @Test
    void aFieldOfTheWrongKindIs422NamingTheFieldAndWhatItMustBe() {
        assertThat(explain(Submission.class, "{\"files\":\"nope\"}"))
                .satisfies(p -> assertThat(p.getStatus()).isEqualTo(422))
                .satisfies(p -> assertThat(p.getTitle()).isEqualTo("Invalid field"))
                .satisfies(p -> assertThat(p.getDetail()).isEqualTo("'files' must be an object."));
        assertThat(detail(Statuses.class, "{\"statuses\":5}")).isEqualTo("'statuses' must be a list.");
        assertThat(detail(Status.class, "{\"node\":[1]}")).isEqualTo("'node' must be text.");
        assertThat(detail(Status.class, "{\"done\":\"maybe\"}")).isEqualTo("'done' must be true or false.");
        assertThat(detail(Status.class, "{\"minutes\":\"many\"}")).isEqualTo("'minutes' must be a whole number.");
        assertThat(detail(Status.class, "{\"at\":true}"))
                .isEqualTo("'at' must be a time such as 2026-12-01T10:00:00Z.");
    }

    @Test
    void aMalformedTimeOrDateIs422NamingTheFieldNotAnUnreadableBody() {
        assertThat(explain(Status.class, "{\"at\":\"yesterday\"}"))
                .satisfies(p -> assertThat(p.getStatus()).isEqualTo(422))
                .satisfies(
                        p -> assertThat(p.getDetail()).isEqualTo("'at' must be a time such as 2026-12-01T10:00:00Z."));
        assertThat(detail(Status.class, "{\"from\":\"2026-13-45\"}"))
                .isEqualTo("'from' must be a date such as 2026-12-01.");
    }

    @Test
    void namesAFieldDeepInsideTheBodyByItsPath() {
        assertThat(detail(Statuses.class, "{\"statuses\":[{\"node\":\"a\"},{\"node\":{}}]}"))
                .isEqualTo("'statuses[1].node' must be text.");
        assertThat(detail(Submission.class, "{\"files\":{\"solution.py\":[]}}"))
                .as("a map's entry has no declared type to name")
                .isEqualTo("'files.solution.py' has the wrong kind of value.");
    }

    @Test
    void anUnknownFieldIsNamedAsOneTheEndpointDoesNotKnow() {
        JsonMapper strict = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();

        ProblemDetail problem = explain(strict, Submission.class, "{\"files\":{},\"extra\":1}");

        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getDetail()).isEqualTo("'extra' is not a field this endpoint knows.");
    }

    @Test
    void aBodyThatIsNotAnObjectIs422AndSaysItMustBeOne() {
        ProblemDetail problem = explain(Submission.class, "[1, 2]");

        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getTitle()).isEqualTo("Invalid body");
        assertThat(problem.getDetail())
                .startsWith("The body must be a JSON object")
                .endsWith(".");
    }

    @Test
    void jsonNestedBeyondTheParsersLimitIs400BrokenJson() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);

        ProblemDetail problem = explain(List.class, deep);

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getTitle()).isEqualTo("Broken JSON");
        assertThat(problem.getDetail()).startsWith("The body is not valid JSON");
    }

    @Test
    void aMissingBodyIs400AndSaysWhatTheEndpointReads() {
        var missing = new HttpMessageNotReadableException(
                "Required request body is missing", new MockHttpInputMessage(new byte[0]));

        ProblemDetail problem = UnreadableBody.explain(missing);

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getTitle()).isEqualTo("Unreadable body");
        assertThat(problem.getDetail())
                .isEqualTo("The request needs a body this endpoint can read (JSON in UTF-8 for most of the API).");
    }

    @Test
    void shortensAQuotedValueToEightyCharacters() {
        assertThat(UnreadableBody.shorten("abc")).isEqualTo("abc");
        assertThat(UnreadableBody.shorten("x".repeat(80))).isEqualTo("x".repeat(80));
        assertThat(UnreadableBody.shorten("x".repeat(81))).isEqualTo("x".repeat(80) + "…");
    }

    private static String detail(Class<?> type, String body) {
        return explain(type, body).getDetail();
    }

    private static ProblemDetail explain(Class<?> type, String body) {
        return explain(JsonMapper.builder().build(), type, body);
    }

    private static ProblemDetail explain(JsonMapper json, Class<?> type, String body) {
        var input = new MockHttpInputMessage(body.getBytes(StandardCharsets.UTF_8));
        input.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        var refused = catchThrowableOfType(
                HttpMessageNotReadableException.class,
                () -> new JacksonJsonHttpMessageConverter(json).read(type, input));
        assertThat(refused).as("the converter refuses " + body).isNotNull();
        return UnreadableBody.explain(refused);
    }
}
