package dev.skilltree.plan;

import java.time.LocalDate;

/** A topic's place in the plan: its first and last study day (both the same for a topic of zero minutes). */
public record PlanItem(String topicId, long minutes, LocalDate start, LocalDate end) {

    public double hours() {
        return Hours.of(minutes);
    }
}
