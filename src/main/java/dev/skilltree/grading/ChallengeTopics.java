package dev.skilltree.grading;

import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.RoadmapNotFound;
import dev.skilltree.roadmap.RoadmapService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The roadmap topics challenges prove, by name: a challenge names nodes of the built-in roadmap by id. */
@Component
public class ChallengeTopics {

    /** The roadmap whose nodes challenges name. */
    public static final String ROADMAP = "python-advanced";

    private final RoadmapService roadmaps;

    ChallengeTopics(RoadmapService roadmaps) {
        this.roadmaps = roadmaps;
    }

    /** Each node id with its title in {@code lang}, in the order given; an id the roadmap lacks stands for itself. */
    public Map<String, String> titles(List<String> nodes, String lang) {
        Roadmap roadmap;
        try {
            roadmap = roadmaps.get(ROADMAP);
        } catch (RoadmapNotFound e) {
            roadmap = null;
        }
        Map<String, String> titles = new LinkedHashMap<>();
        for (String node : nodes) {
            titles.put(
                    node,
                    roadmap == null
                            ? node
                            : roadmap.node(node).map(n -> n.title().in(lang)).orElse(node));
        }
        return titles;
    }

    /** The titles of every node any of {@code challenges} names. */
    public Map<String, String> titles(java.util.Collection<Challenge> challenges, String lang) {
        return titles(
                challenges.stream().flatMap(c -> c.nodes().stream()).distinct().toList(), lang);
    }
}
