package dev.skilltree.progress;

import java.time.Instant;

/** A learner changed their status on a topic. */
public record TopicStatusChanged(long learnerId, String roadmapId, String nodeId, Status from, Status to, Instant at) {}
