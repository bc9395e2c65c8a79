package dev.skilltree.plan;

import java.time.LocalDate;

/** Study of one topic on one day. Within a day, blocks come in the order they are studied. */
public record StudyBlock(LocalDate date, String topicId, long minutes) {

    public double hours() {
        return Hours.of(minutes);
    }
}
