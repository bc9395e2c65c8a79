package dev.skilltree.progress;

import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.RoadmapGraph;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** One ELK layout per roadmap version: laid out on first view, again only when the roadmap is replaced. */
@Component
class GraphCache {

    private record Laid(Roadmap roadmap, RoadmapGraph graph) {}

    private final Map<String, Laid> layouts = new ConcurrentHashMap<>();

    RoadmapGraph graph(Roadmap roadmap) {
        Laid laid = layouts.get(roadmap.id());
        if (laid == null || laid.roadmap() != roadmap) {
            laid = new Laid(roadmap, RoadmapGraph.layout(roadmap));
            layouts.put(roadmap.id(), laid);
        }
        return laid.graph();
    }
}
