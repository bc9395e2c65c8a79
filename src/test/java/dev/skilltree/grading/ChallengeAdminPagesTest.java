package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.config.Database;
import dev.skilltree.config.NodeName;
import dev.skilltree.support.WholeApp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Admin → Grading: the isolation in use, every grading node, and a challenge zip uploaded through the form. */
class ChallengeAdminPagesTest extends WholeApp.WithAdmin {

    @Autowired
    JdbcClient jdbc;

    @Test
    void showsTheIsolationAndImportsAnUploadedZip() throws Exception {
        Map<String, String> folder = new HashMap<>(BuiltInChallenges.folders().get("closure-counter"));
        folder.put("challenge.md", folder.get("challenge.md").replace("slug: closure-counter", "slug: uploaded"));

        HttpResponse<String> page = api.get("/admin/grading", admin);
        HttpResponse<String> upload = upload("uploaded.zip", SubmissionApiTest.zip(folder));
        HttpResponse<String> after = api.get("/admin/grading", admin);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsPattern("id=\"isolation\"[^>]*>(bubblewrap|unshare|rlimits_only)<");
        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(upload.headers().firstValue("Location").orElseThrow()).endsWith("/admin/grading");
        assertThat(after.body()).contains("/challenges/uploaded");
        assertThat(api.get("/challenges/uploaded", null).statusCode()).isEqualTo(200);
    }

    @Test
    void listsEveryGradingNodeWithOneSilentForAnHourAsGone() {
        jdbc.sql("insert into grading_node values ('worker-b-4242', 'worker', 'unshare', '3.12.1', 8, 0, ?, ?)")
                .params(
                        Database.utc(Instant.now().minus(Duration.ofHours(3))),
                        Database.utc(Instant.now().minus(Duration.ofMinutes(61))))
                .update();

        String page = api.get("/admin/grading", admin).body();

        String self = row(page, NodeName.current());
        String other = row(page, "worker-b-4242");
        assertThat(self)
                .contains("(this node)", ">all<")
                .containsPattern(">(bubblewrap|unshare|rlimits_only)<")
                .contains("alive");
        assertThat(other)
                .contains(">worker<", ">unshare<", ">3.12.1<", ">8<", "1 h ago", "<time class=\"local-time\"", "gone")
                .doesNotContain("alive", "(this node)");
    }

    /** The table row of the node named {@code name}. */
    private static String row(String page, String name) {
        int start = page.indexOf("<tr data-node-name=\"" + name + "\"");
        assertThat(start).as("a row for " + name).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    @Test
    void listsEveryProblemOfABrokenZipAndStoresNothing() throws Exception {
        byte[] broken = SubmissionApiTest.zip(Map.of("challenge.md", "---\nslug: Bad Slug\n---\n", "../x.py", "1"));

        HttpResponse<String> upload = upload("broken.zip", broken);

        assertThat(upload.statusCode()).isEqualTo(422);
        assertThat(upload.body())
                .contains("broken.zip: ../x.py: not a plain relative path")
                .contains("role=\"alert\"");
        assertThat(api.get("/api/v1/challenges", null).body()).doesNotContain("Bad Slug");
    }

    private HttpResponse<String> upload(String name, byte[] zip) throws IOException, InterruptedException {
        String boundary = "skilltree-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/zip\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(zip);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/challenges"))
                                .header("Authorization", "Bearer " + admin)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
