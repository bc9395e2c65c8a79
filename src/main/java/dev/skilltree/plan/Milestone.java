package dev.skilltree.plan;

import java.time.LocalDate;

/** A challenge, dated on the day its last prerequisite finishes (the start date if none is left). */
public record Milestone(String topicId, LocalDate date) {}
