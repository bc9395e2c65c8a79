package dev.skilltree.progress;

import java.time.Instant;

/** A passed challenge, kept as evidence that its learner mastered a roadmap node. */
public record Evidence(String nodeId, String challenge, long submissionId, Instant passedAt) {}
