package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.Api;
import dev.skilltree.support.FreshData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Admin → Grading: the isolation in use, and a challenge zip uploaded through the form. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChallengeAdminPagesTest {

    @LocalServerPort
    int port;

    Api api;
    String admin;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        FreshData.directory(registry);
    }

    @BeforeEach
    void client() {
        api = new Api(port);
        admin = api.tokenFor("admin");
    }

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
