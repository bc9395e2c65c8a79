package dev.skilltree.plan;

/** The minutes a topic gets within one week. */
public record WeekEntry(String topicId, long minutes) {

    public double hours() {
        return Hours.of(minutes);
    }
}
