package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.Api;
import dev.skilltree.support.FreshData;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The roadmap API over real HTTP, against the whole application on an H2 file database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoadmapApiTest {

    private static final JsonMapper JSON = Api.JSON;

    @LocalServerPort
    int port;

    private static String adminToken;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        FreshData.directory(registry);
    }

    @Test
    void listsTheBuiltInRoadmap() throws Exception {
        HttpResponse<String> response = get("/api/v1/roadmaps");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode builtIn = find(JSON.readTree(response.body()), "python-advanced");
        assertThat(builtIn.get("title").get("en").asString()).isEqualTo("Advanced Python");
        assertThat(builtIn.get("nodeCount").asInt()).isGreaterThan(400);
    }

    @Test
    void servesTheFullGraphAsJson() throws Exception {
        JsonNode roadmap = JSON.readTree(get("/api/v1/roadmaps/python-advanced").body());

        assertThat(roadmap.get("tracks")).hasSize(5);
        JsonNode decorators = find(roadmap.get("nodes"), "decorators");
        assertThat(decorators.get("prerequisites").toString()).contains("closures");
        assertThat(decorators.get("title").get("zh").asString()).isEqualTo("高级装饰器");
        assertThat(find(roadmap.get("nodes"), "closures")
                        .get("estimate")
                        .get("maxHours")
                        .asInt())
                .isPositive();
    }

    @Test
    void exportsMarkdownThatImportsBackToTheSameRoadmap() throws Exception {
        HttpResponse<String> response = get("/api/v1/roadmaps/python-advanced/export?format=md");

        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/markdown"));
        assertThat(RoadmapReader.read(new SourceFile("export.md", response.body())))
                .isEqualTo(BuiltInRoadmaps.load(BuiltInRoadmaps.PYTHON_ADVANCED));
        assertThat(JSON.readTree(get("/api/v1/roadmaps/python-advanced/export?format=json")
                                .body())
                        .get("nodes")
                        .size())
                .isGreaterThan(400);
    }

    @Test
    void answersUnknownIdsWith404ProblemJson() throws Exception {
        HttpResponse<String> response = get("/api/v1/roadmaps/nope");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("detail").asString())
                .isEqualTo("There is no roadmap with id 'nope'.");
        assertThat(get("/api/v1/roadmaps/nope/export?format=md").statusCode()).isEqualTo(404);
    }

    @Test
    void rejectsAnUnknownExportFormat() throws Exception {
        HttpResponse<String> response = get("/api/v1/roadmaps/python-advanced/export?format=pdf");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("use md or json");
    }

    @Test
    void importsARoadmapAndPointsToIt() throws Exception {
        HttpResponse<String> created =
                post("/api/v1/roadmaps", "# Go {#go-basics en=Go}\n\n## 语法 {#syntax en=Syntax}\n");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/roadmaps/go-basics");
        assertThat(JSON.readTree(get("/api/v1/roadmaps/go-basics").body())
                        .get("nodes")
                        .get(0)
                        .get("id")
                        .asString())
                .isEqualTo("syntax");
        assertThat(post("/api/v1/roadmaps", "# Go {#go-basics}\n\n## X {#x}\n").statusCode())
                .isEqualTo(409);
    }

    @Test
    void rejectsAnInvalidDocumentListingEveryErrorWithItsLineAndKeepsTheOldVersion() throws Exception {
        post("/api/v1/roadmaps", "# Kept {#kept}\n\n## A {#a}\n");

        HttpResponse<String> response = post(
                "/api/v1/roadmaps?replace=true",
                "# Kept {#kept}\n\n## A {#a needs=b}\n\n## B {#b needs=a}\n\n## C {#a}\n");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(7);
        assertThat(errors.get(0).get("message").asString()).isEqualTo("the id 'a' is already used on line 3");
        assertThat(JSON.readTree(get("/api/v1/roadmaps/kept").body()).get("nodes"))
                .hasSize(1);
    }

    @Test
    void refusesDocumentsOverFiveMegabytes() throws Exception {
        HttpResponse<String> response = post("/api/v1/roadmaps", "#".repeat(5 * 1024 * 1024 + 1));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void reportsHealth() throws Exception {
        assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
    }

    @Test
    void onlyAnAdminImportsRoadmaps() throws Exception {
        adminToken();
        String learner = new Api(port).tokenFor("learner");
        String markdown = "# Mine {#mine}\n\n## A {#a}\n";

        assertThat(new Api(port)
                        .send("POST", "/api/v1/roadmaps", learner, markdown, "text/markdown")
                        .statusCode())
                .isEqualTo(403);
        assertThat(new Api(port)
                        .send("POST", "/api/v1/roadmaps", null, markdown, "text/markdown")
                        .statusCode())
                .isEqualTo(401);
        assertThat(get("/api/v1/roadmaps/mine").statusCode()).isEqualTo(404);
    }

    /** The first account registered on a fresh server is the admin. */
    private synchronized String adminToken() {
        if (adminToken == null) {
            adminToken = new Api(port).tokenFor("admin");
        }
        return adminToken;
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode element : array) {
            if (element.get("id").asString().equals(id)) {
                return element;
            }
        }
        throw new AssertionError("no element with id " + id + " in " + array);
    }

    private HttpResponse<String> get(String path) {
        return new Api(port).get(path, null);
    }

    private HttpResponse<String> post(String path, String markdown) {
        return new Api(port).send("POST", path, adminToken(), markdown, "text/markdown; charset=UTF-8");
    }
}
