package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class JsonExporterTest {

    @Test
    void statesTheRoadmapFieldsInOrder() {
        Map<String, Object> view = JsonExporter.view(MarkdownExporterTest.python());

        assertThat(List.copyOf(view.keySet()))
                .containsExactly("id", "title", "locale", "summary", "version", "tracks", "nodes");
        assertThat(view.get("nodes"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .hasSize(3);
    }

    @Test
    void writesCodesInLowerCaseAndLeavesMissingValuesNull() throws Exception {
        Map<String, Object> json = read(JsonExporter.export(MarkdownExporterTest.python()));

        List<Map<String, Object>> nodes = list(json.get("nodes"));
        assertThat(nodes.get(0))
                .containsEntry("id", "basics")
                .containsEntry("kind", "stage")
                .containsEntry("parent", null)
                .containsEntry("estimate", null)
                .containsEntry("difficulty", null);
        assertThat(text(nodes.get(0).get("title"))).containsEntry("zh", "基础").containsEntry("en", "Basics");
        assertThat(nodes.get(1))
                .containsEntry("parent", "basics")
                .containsEntry("estimate", Map.of("minHours", 4, "maxHours", 8))
                .containsEntry("difficulty", "intermediate")
                .containsEntry("tracks", List.of("backend"));
        assertThat(nodes.get(2)).containsEntry("kind", "project").containsEntry("prerequisites", List.of("closures"));
    }

    @Test
    void writesResourcesAndTracksWithEveryField() throws Exception {
        Map<String, Object> json = read(JsonExporter.export(MarkdownExporterTest.python()));

        List<Map<String, Object>> resources =
                list(list(json.get("nodes")).get(1).get("resources"));
        assertThat(List.copyOf(resources.get(0).keySet()))
                .containsExactly("kind", "title", "url", "difficulty", "note");
        assertThat(resources.get(0))
                .containsEntry("kind", "book")
                .containsEntry("title", "《流畅的 Python》")
                .containsEntry("url", null)
                .containsEntry("difficulty", "intermediate")
                .containsEntry("note", "");
        assertThat(resources.get(1)).containsEntry("url", "https://docs.python.org/3/library/functools.html");
        Map<String, Object> track = list(json.get("tracks")).getFirst();
        assertThat(track).containsEntry("id", "backend");
        assertThat(text(track.get("title"))).containsEntry("zh", "后端").containsEntry("en", "Backend");
        assertThat(json).containsEntry("version", 2).containsEntry("locale", "zh");
    }

    @Test
    void prettyPrintsAndEndsWithANewline() {
        String json = JsonExporter.export(MarkdownExporterTest.python());

        assertThat(json).startsWith("{\n").endsWith("}\n").contains("\n  \"id\" : \"py\"");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String json) {
        return JsonMapper.builder().build().readValue(json, Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> text(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
