package dev.skilltree.support;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an {@link ApiSlice} test works with: the slice's {@link MockMvcTester} and {@link TestDatabase}, requests made
 * as a signed-in learner ({@link SignedIn}), and their answers read as text or JSON.
 */
public abstract class ApiSliceRequests {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    protected MockMvcTester mvc;

    @Autowired
    protected TestDatabase database;

    protected MvcTestResult get(long learner, String path) {
        return mvc.get().uri(path).with(SignedIn.learner(learner)).exchange();
    }

    /** A POST of {@code body} as JSON, or of nothing when it is null. */
    protected MvcTestResult post(long learner, String path, Object body) {
        var request = mvc.post().uri(path).with(SignedIn.learner(learner));
        return body == null
                ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(body))
                        .exchange();
    }

    protected static String body(MvcTestResult response) {
        try {
            return response.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }

    protected static JsonNode json(MvcTestResult response) {
        return JSON.readTree(body(response));
    }
}
