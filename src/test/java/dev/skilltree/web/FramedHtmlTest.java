package dev.skilltree.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class FramedHtmlTest {

    private static final String FRAME =
            "<html><body><h1>路线</h1>" + FramedHtml.SLOT + "<footer>©</footer></body></html>";
    private static final PrecompressedHtml MIDDLE = PrecompressedHtml.of("<svg>" + "<g>节点</g>".repeat(200) + "</svg>");
    private static final String PAGE = FRAME.replace(FramedHtml.SLOT, "<svg>" + "<g>节点</g>".repeat(200) + "</svg>");

    @Test
    void writesThePagePlainWhenTheClientDoesNotTakeGzip() throws IOException {
        MockHttpServletResponse response = write(null);

        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(response.getContentLengthLong()).isEqualTo(PAGE.getBytes(StandardCharsets.UTF_8).length);
        assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(response.getHeader("Content-Encoding")).isNull();
        assertThat(response.getHeader("Vary")).isEqualTo("Accept-Encoding");
    }

    @Test
    void writesOneGzipMemberThatUnpacksToTheWholePage() throws IOException {
        MockHttpServletResponse response = write("br, gzip");

        byte[] body = response.getContentAsByteArray();
        assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(response.getContentLength()).isEqualTo(body.length);
        assertThat(body.length).isLessThan(PAGE.getBytes(StandardCharsets.UTF_8).length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        }
    }

    @Test
    void refusesAFrameWithoutASlot() {
        assertThatThrownBy(() -> FramedHtml.write(
                        new MockHttpServletRequest(), new MockHttpServletResponse(), "<html></html>", MIDDLE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the frame has no slot for the middle");
    }

    @Test
    void takesGzipWhenOfferedUnlessItsQualityIsZero() {
        assertThat(FramedHtml.acceptsGzip("gzip")).isTrue();
        assertThat(FramedHtml.acceptsGzip("GZIP")).isTrue();
        assertThat(FramedHtml.acceptsGzip("deflate, gzip;q=0.5")).isTrue();
        assertThat(FramedHtml.acceptsGzip("*")).isTrue();
        assertThat(FramedHtml.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(FramedHtml.acceptsGzip("gzip; q=0.000")).isFalse();
        assertThat(FramedHtml.acceptsGzip("*;q=0")).isFalse();
        assertThat(FramedHtml.acceptsGzip("br, deflate")).isFalse();
        assertThat(FramedHtml.acceptsGzip("identity")).isFalse();
        assertThat(FramedHtml.acceptsGzip(null)).isFalse();
    }

    private static MockHttpServletResponse write(String acceptEncoding) throws IOException {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (acceptEncoding != null) {
            request.addHeader("Accept-Encoding", acceptEncoding);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        FramedHtml.write(request, response, FRAME, MIDDLE);
        return response;
    }
}
