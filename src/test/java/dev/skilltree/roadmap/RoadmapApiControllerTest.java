package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.ApiSlice;
import dev.skilltree.support.ApiSliceRequests;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * The roadmap API's controller and error mapping, in a web slice over a real H2 database holding the built-in
 * roadmap. Who may call it is AccessTest's, against the whole application.
 */
@ApiSlice(RoadmapApiController.class)
class RoadmapApiControllerTest extends ApiSliceRequests {

    @Test
    void listsTheBuiltInRoadmap() {
        MvcTestResult response = mvc.get().uri("/api/v1/roadmaps").exchange();

        assertThat(response).hasStatusOk();
        JsonNode builtIn = find(json(response), "python-advanced");
        assertThat(builtIn.get("title").get("en").asString()).isEqualTo("Advanced Python");
        assertThat(builtIn.get("nodeCount").asInt()).isGreaterThan(400);
    }

    @Test
    void servesTheFullGraphAsJson() {
        JsonNode roadmap =
                json(mvc.get().uri("/api/v1/roadmaps/python-advanced").exchange());

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
    void exportsMarkdownThatImportsBackToTheSameRoadmap() {
        MvcTestResult response = mvc.get()
                .uri("/api/v1/roadmaps/python-advanced/export?format=md")
                .exchange();

        assertThat(response.getResponse().getContentType()).startsWith("text/markdown");
        assertThat(RoadmapReader.read(new SourceFile("export.md", body(response))))
                .isEqualTo(BuiltInRoadmaps.load(BuiltInRoadmaps.PYTHON_ADVANCED));
        assertThat(json(mvc.get()
                                .uri("/api/v1/roadmaps/python-advanced/export?format=json")
                                .exchange())
                        .get("nodes")
                        .size())
                .isGreaterThan(400);
    }

    @Test
    void answersUnknownIdsWith404ProblemJson() {
        MvcTestResult response = mvc.get().uri("/api/v1/roadmaps/nope").exchange();

        assertThat(response).hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(response).get("detail").asString()).isEqualTo("There is no roadmap with id 'nope'.");
        assertThat(mvc.get().uri("/api/v1/roadmaps/nope/export?format=md").exchange())
                .hasStatus(404);
    }

    @Test
    void rejectsAnUnknownExportFormat() {
        MvcTestResult response = mvc.get()
                .uri("/api/v1/roadmaps/python-advanced/export?format=pdf")
                .exchange();

        assertThat(response).hasStatus(400);
        assertThat(json(response).get("detail").asString()).contains("use md or json");
    }

    @Test
    void importsARoadmapAndPointsToIt() {
        MvcTestResult created = post("/api/v1/roadmaps", "# Go {#go-basics en=Go}\n\n## 语法 {#syntax en=Syntax}\n");

        assertThat(created).hasStatus(201).hasHeader("Location", "/api/v1/roadmaps/go-basics");
        assertThat(json(mvc.get().uri("/api/v1/roadmaps/go-basics").exchange())
                        .get("nodes")
                        .get(0)
                        .get("id")
                        .asString())
                .isEqualTo("syntax");
        assertThat(post("/api/v1/roadmaps", "# Go {#go-basics}\n\n## X {#x}\n")).hasStatus(409);
    }

    @Test
    void rejectsAnInvalidDocumentListingEveryErrorWithItsLineAndKeepsTheOldVersion() {
        post("/api/v1/roadmaps", "# Kept {#kept}\n\n## A {#a}\n");

        MvcTestResult response = post(
                "/api/v1/roadmaps?replace=true",
                "# Kept {#kept}\n\n## A {#a needs=b}\n\n## B {#b needs=a}\n\n## C {#a}\n");

        assertThat(response).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode errors = json(response).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(7);
        assertThat(errors.get(0).get("message").asString()).isEqualTo("the id 'a' is already used on line 3");
        assertThat(json(mvc.get().uri("/api/v1/roadmaps/kept").exchange()).get("nodes"))
                .hasSize(1);
    }

    @Test
    void refusesDocumentsOverFiveMegabytes() {
        MvcTestResult response = post("/api/v1/roadmaps", "#".repeat(5 * 1024 * 1024 + 1));

        assertThat(response).hasStatus(413).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private MvcTestResult post(String path, String markdown) {
        return mvc.post()
                .uri(path)
                .contentType(MediaType.parseMediaType("text/markdown;charset=UTF-8"))
                .content(markdown)
                .exchange();
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode node : array) {
            if (node.get("id").asString().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no " + id + " in " + array);
    }
}
