package dev.skilltree.roadmap;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/roadmaps")
class RoadmapApiController {

    private static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");

    private final RoadmapService roadmaps;

    RoadmapApiController(RoadmapService roadmaps) {
        this.roadmaps = roadmaps;
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return roadmaps.list().stream()
                .map(r -> Map.<String, Object>of(
                        "id",
                        r.id(),
                        "title",
                        r.title(),
                        "locale",
                        r.locale(),
                        "summary",
                        r.summary(),
                        "version",
                        r.version(),
                        "nodeCount",
                        r.nodeCount(),
                        "topicCount",
                        r.topicCount(),
                        "importedAt",
                        r.importedAt().toString()))
                .toList();
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable String id) {
        return JsonExporter.view(roadmaps.get(id));
    }

    @GetMapping("/{id}/export")
    ResponseEntity<String> export(@PathVariable String id, @RequestParam(defaultValue = "md") String format) {
        Roadmap roadmap = roadmaps.get(id);
        boolean json =
                switch (format) {
                    case "json" -> true;
                    case "md" -> false;
                    default -> throw new UnsupportedExportFormat(format);
                };
        return ResponseEntity.ok()
                .contentType(json ? MediaType.APPLICATION_JSON : MARKDOWN)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + id + (json ? ".json" : ".md") + "\"")
                .body(json ? JsonExporter.export(roadmap) : MarkdownExporter.export(roadmap));
    }

    @PostMapping(consumes = {"text/markdown", "text/plain", "application/octet-stream"})
    ResponseEntity<Map<String, Object>> importRoadmap(
            @RequestBody byte[] body, @RequestParam(defaultValue = "false") boolean replace) {
        if (body.length > SourceFile.MAX_BYTES) {
            throw new DocumentTooLarge(body.length);
        }
        Roadmap roadmap = RoadmapReader.read(SourceFile.decode("request body", body));
        RoadmapService.Outcome outcome = roadmaps.store(roadmap, replace);
        URI location = URI.create("/api/v1/roadmaps/" + roadmap.id());
        Map<String, Object> answer = Map.of(
                "id",
                roadmap.id(),
                "nodeCount",
                roadmap.nodes().size(),
                "outcome",
                outcome.name().toLowerCase());
        return outcome == RoadmapService.Outcome.CREATED
                ? ResponseEntity.created(location).body(answer)
                : ResponseEntity.ok().location(location).body(answer);
    }

    static final class UnsupportedExportFormat extends RuntimeException {
        UnsupportedExportFormat(String format) {
            super("Unknown export format '" + format + "'; use md or json.");
        }
    }

    static final class DocumentTooLarge extends RuntimeException {
        DocumentTooLarge(int bytes) {
            super("The document is " + bytes + " bytes; roadmaps over 5 MB are refused.");
        }
    }
}
