package dev.skilltree.plan;

import java.time.Instant;

public record CompletionEvent(String topicId, Instant completedAt) {}
