package dev.skilltree.progress;

import java.time.Instant;

/** One change of a learner's status on a node: the history row. */
public record ProgressEvent(String nodeId, Status from, Status to, Instant at) {}
