package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.Api;
import dev.skilltree.support.WholeApp;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The embedded shape's one node without a Python to grade with: a learner's submission is still taken, and both the
 * API and the page, in English and Chinese, say that it waits because no node grades now.
 */
@TestPropertySource(properties = "skilltree.grading.python=/nonexistent/python3")
class NoGraderTest extends WholeApp.WithAdmin {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void queuesTheSubmissionAndTellsTheLearnerNoNodeGradesNow() throws Exception {
        String learner = api.tokenFor("learner");

        HttpResponse<String> accepted = api.submit(
                learner,
                "closure-counter",
                BuiltInChallenges.get("closure-counter").reference());
        String location = Api.location(accepted);
        String id = location.substring(location.lastIndexOf('/') + 1);

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(Api.read(accepted).get("status").asString()).isEqualTo("queued");
        assertThat(Api.read(api.get(location, learner)).get("notice").asString())
                .isEqualTo("No node grades submissions right now; this one stays in the queue and is graded as soon"
                        + " as one does.");
        HttpClient browser = signedIn("learner");
        assertThat(page(browser, "/submissions/" + id, "en"))
                .contains("No node grades submissions right now. Yours is saved in the queue and will be graded as"
                        + " soon as one does.");
        assertThat(page(browser, "/submissions/" + id, "zh")).contains("目前没有节点在评测提交。");
    }

    private HttpClient signedIn(String username) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Matcher csrf = CSRF.matcher(page(browser, "/login", "en"));
        assertThat(csrf.find()).isTrue();
        String form = "username=" + username + "&password="
                + URLEncoder.encode("correct horse battery staple", StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<String> login = browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/dashboard"));
        return browser;
    }

    private String page(HttpClient browser, String path, String lang) throws Exception {
        HttpResponse<String> response = browser.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept-Language", lang)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
