package dev.skilltree.roadmap;

import java.time.Instant;

/** A roadmap as listed: without its graph. */
public record RoadmapSummary(
        String id, Text title, String locale, Text summary, int version, int nodeCount, Instant importedAt) {}
