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
 * The roadmap page over real HTTP, gzipped and not: its body is kept between requests, so these check that what a
 * learner sees still follows their statuses, filter and language.
 */
class RoadmapPageTest extends WholeApp.WithAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PAGE = "/roadmaps/python-advanced";

    @Test
    void showsAStatusChangeOnTheNextLoad() throws Exception {
        String token = api.tokenFor("reloader");
        assertThat(statusOf(page(PAGE, token, true, Map.of()), "closures")).isEqualTo("todo");

        api.json("PUT", "/api/v1/me/progress/python-advanced/closures", token, Map.of("status", "done"));
        String after = page(PAGE, token, true, Map.of());

        assertThat(statusOf(after, "closures")).isEqualTo("done");
        assertThat(after).contains("reloader").contains("</html>");
    }

    @Test
    void gzippedAndPlainPagesCarryTheSameContent() throws Exception {
        String token = api.tokenFor("plain");
        api.json("PUT", "/api/v1/me/progress/python-advanced/decorators", token, Map.of("status", "learning"));

        String zipped = page(PAGE, token, true, Map.of());
        String plain = page(PAGE, token, false, Map.of());

        assertThat(withoutCsrf(zipped)).isEqualTo(withoutCsrf(plain));
        assertThat(statusOf(plain, "decorators")).isEqualTo("learning");
    }

    @Test
    void keepsLearnersLanguagesAndFiltersApart() throws Exception {
        String ada = api.tokenFor("ada-page");
        String bob = api.tokenFor("bob-page");
        api.json("PUT", "/api/v1/me/progress/python-advanced/generators", ada, Map.of("status", "done"));

        String adaPage = page(PAGE, ada, true, Map.of());
        String bobPage = page(PAGE, bob, true, Map.of());
        String chinese = page(PAGE, bob, true, Map.of("Accept-Language", "zh-CN"));
        String backend = page(PAGE + "?track=backend", bob, true, Map.of("HX-Request", "true"));

        assertThat(statusOf(adaPage, "generators")).isEqualTo("done");
        assertThat(statusOf(bobPage, "generators")).isEqualTo("todo");
        assertThat(chinese).contains("生成器").contains("lang=\"zh-CN\"");
        assertThat(backend).doesNotContain("<html").contains("dim");
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
