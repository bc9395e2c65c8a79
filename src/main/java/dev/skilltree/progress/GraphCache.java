package dev.skilltree.progress;

import dev.skilltree.roadmap.GraphAreas;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.RoadmapGraph;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * ELK layouts per roadmap version and set of open areas: laid out on first view, again only when the roadmap is
 * replaced. Learners open areas one or a few at a time, so the most recent layouts of each roadmap are kept.
 */
@Component
class GraphCache {

    private static final int LAYOUTS_PER_ROADMAP = 64;

    private static final class Laid {
        final GraphAreas areas;
        final Map<Set<String>, RoadmapGraph> graphs = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Set<String>, RoadmapGraph> eldest) {
                return size() > LAYOUTS_PER_ROADMAP;
            }
        };

        Laid(Roadmap roadmap) {
            this.areas = GraphAreas.of(roadmap);
        }
    }

    private final Map<String, Laid> layouts = new ConcurrentHashMap<>();

    GraphAreas areas(Roadmap roadmap) {
        return laid(roadmap).areas;
    }

    /** The graph with every area open. */
    RoadmapGraph graph(Roadmap roadmap) {
        return graph(roadmap, laid(roadmap).areas.areas());
    }

    RoadmapGraph graph(Roadmap roadmap, Set<String> open) {
        Laid laid = laid(roadmap);
        Set<String> known =
                Set.copyOf(open.stream().filter(laid.areas.areas()::contains).toList());
        synchronized (laid) {
            return laid.graphs.computeIfAbsent(known, laid.areas::layout);
        }
    }

    private Laid laid(Roadmap roadmap) {
        return layouts.compute(
                roadmap.id(), (id, laid) -> laid == null || laid.areas.roadmap() != roadmap ? new Laid(roadmap) : laid);
    }
}
