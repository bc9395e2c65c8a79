package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.WholeApp;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The roadmap page over real HTTP, gzipped and not, with a status set through the API. What a learner sees as their
 * statuses, filter and language change is RoadmapPagesTest's, in a web slice.
 */
class RoadmapPageTest extends WholeApp.WithAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PAGE = "/roadmaps/python-advanced";

    @Test
    void gzippedAndPlainPagesCarryTheSameContent() throws Exception {
        String token = api.tokenFor("plain");
        api.json("PUT", "/api/v1/me/progress/python-advanced/decorators", token, Map.of("status", "learning"));

        String zipped = page(PAGE, token, true, Map.of());
        String plain = page(PAGE, token, false, Map.of());

        assertThat(withoutCsrf(zipped)).isEqualTo(withoutCsrf(plain));
        assertThat(statusOf(plain, "decorators")).isEqualTo("learning");
    }

    private String page(String path, String token, boolean gzip, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token);
        if (gzip) {
            request.header("Accept-Encoding", "gzip, deflate, br");
        }
        headers.forEach(request::header);
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding"))
                .isEqualTo(gzip ? java.util.Optional.of("gzip") : java.util.Optional.empty());
        byte[] body = response.body();
        if (gzip) {
            try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The status class of a node's outline row. */
    private static String statusOf(String html, String nodeId) {
        Matcher row = Pattern.compile("<li class=\"status-([a-z]+)[^\"]*\" data-node=\"" + nodeId + "\"")
                .matcher(html);
        assertThat(row.find()).as("outline row for %s", nodeId).isTrue();
        return row.group(1);
    }

    private static String withoutCsrf(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "").replaceAll("hx-headers=\"[^\"]*\"", "");
    }
}
