package dev.skilltree.roadmap;

import java.time.Instant;

/** A roadmap as listed: without its graph, with how many nodes it has and how many of them are topics. */
public record RoadmapSummary(
        String id,
        Text title,
        String locale,
        Text summary,
        int version,
        int nodeCount,
        int topicCount,
        Instant importedAt) {

    /** The same summary with the topics counted as {@link Roadmap#topics()} counts them. */
    RoadmapSummary counting(Roadmap roadmap) {
        return new RoadmapSummary(
                id, title, locale, summary, version, nodeCount, roadmap.topics().size(), importedAt);
    }
}
