package dev.skilltree.roadmap;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The full graph as JSON, for other tools: the same shape that {@code GET /api/v1/roadmaps/{id}} returns. */
public final class JsonExporter {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonExporter() {}

    public static String export(Roadmap roadmap) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(view(roadmap)) + "\n";
    }

    /** Plain maps and lists, so that the JSON shape is stated here rather than implied by the records. */
    public static Map<String, Object> view(Roadmap roadmap) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", roadmap.id());
        json.put("title", roadmap.title());
        json.put("locale", roadmap.locale());
        json.put("summary", roadmap.summary());
        json.put("version", roadmap.version());
        json.put("tracks", roadmap.tracks());
        json.put("nodes", roadmap.nodes().stream().map(JsonExporter::node).toList());
        return json;
    }

    private static Map<String, Object> node(Node node) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", node.id());
        json.put("kind", node.kind().code());
        json.put("parent", node.parentId());
        json.put("title", node.title());
        json.put("description", node.description());
        json.put(
                "estimate",
                node.estimate() == null
                        ? null
                        : Map.of(
                                "minHours",
                                node.estimate().minHours(),
                                "maxHours",
                                node.estimate().maxHours()));
        json.put(
                "difficulty",
                node.difficulty() == null ? null : node.difficulty().code());
        json.put("tracks", node.tracks());
        json.put("prerequisites", node.prerequisites());
        json.put(
                "resources",
                node.resources().stream().map(JsonExporter::resource).toList());
        return json;
    }

    private static Map<String, Object> resource(Resource r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", r.kind().code());
        json.put("title", r.title());
        json.put("url", r.url());
        json.put("difficulty", r.difficulty() == null ? null : r.difficulty().code());
        json.put("note", r.note());
        return json;
    }
}
