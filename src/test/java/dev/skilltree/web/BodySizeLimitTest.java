package dev.skilltree.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class BodySizeLimitTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MB = 1024 * 1024;

    private final BodySizeLimit filter = new BodySizeLimit(JSON);
    private final MockFilterChain chain = new MockFilterChain();
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void letsABodyWithinTheLimitThrough() throws Exception {
        MockHttpServletRequest request = post("/api/v1/progress", MB);

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void refusesALargerApiBodyWithAProblemBeforeAnythingReadsIt() throws Exception {
        filter.doFilter(post("/api/v1/progress", MB + 1), response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(problem())
                .containsEntry("status", 413)
                .containsEntry("title", "Request too large")
                .containsEntry("detail", "The request body is 1048577 bytes; this endpoint accepts at most 1048576.");
    }

    @Test
    void refusesALargerPageFormInPlainText() throws Exception {
        filter.doFilter(post("/account/settings", MB + 1), response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("text/plain;charset=UTF-8");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo("The request body is 1048577 bytes; this endpoint accepts at most 1048576.");
    }

    @Test
    void givesRoadmapChallengeAndMultipartUploadsEightMegabytes() throws Exception {
        MockHttpServletRequest multipart = post("/challenges/new", 2 * MB);
        multipart.setContentType("multipart/form-data; boundary=x");

        assertThat(passes(post("/api/v1/roadmaps", 8 * MB))).isTrue();
        assertThat(passes(post("/api/v1/challenges", 2 * MB))).isTrue();
        assertThat(passes(multipart)).isTrue();
        assertThat(passes(post("/api/v1/roadmaps", 8 * MB + 1))).isFalse();
        assertThat(passes(post("/api/v1/roadmaps/py", 2 * MB)))
                .as("only the upload itself")
                .isFalse();
    }

    @Test
    void readsAChunkedBodyWithinTheLimitAndHandsItOn() throws Exception {
        MockHttpServletRequest request = chunked("/api/v1/progress", "{\"status\":\"已完成\"}");
        request.setCharacterEncoding("UTF-8");

        filter.doFilter(request, response, chain);

        HttpServletRequest passed = (HttpServletRequest) chain.getRequest();
        assertThat(passed).isNotNull();
        assertThat(passed.getContentLengthLong())
                .isEqualTo("{\"status\":\"已完成\"}".getBytes(StandardCharsets.UTF_8).length);
        assertThat(passed.getReader().readLine()).isEqualTo("{\"status\":\"已完成\"}");
    }

    @Test
    void refusesAChunkedBodyOverTheLimitOnceItHasReadTooMuch() throws Exception {
        filter.doFilter(chunked("/api/v1/progress", "x".repeat(MB + 1)), response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(problem())
                .containsEntry(
                        "detail", "The request body is over 1048576 bytes; this endpoint accepts at most 1048576.");
    }

    @Test
    void leavesAChunkedMultipartUploadToTheContainersLimit() throws Exception {
        MockHttpServletRequest request = chunked("/challenges/new", "x".repeat(MB + 1));
        request.setContentType("multipart/form-data; boundary=x");

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).isSameAs(request);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> problem() throws IOException {
        return JSON.readValue(response.getContentAsString(StandardCharsets.UTF_8), Map.class);
    }

    private boolean passes(MockHttpServletRequest request) throws ServletException, IOException {
        MockFilterChain fresh = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), fresh);
        return fresh.getRequest() != null;
    }

    private static MockHttpServletRequest post(String uri, int bytes) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
        request.setContent(new byte[bytes]);
        return request;
    }

    /** A body sent with {@code Transfer-Encoding: chunked}, so without a length. */
    private static MockHttpServletRequest chunked(String uri, String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri) {
            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.addHeader("Transfer-Encoding", "chunked");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }
}
