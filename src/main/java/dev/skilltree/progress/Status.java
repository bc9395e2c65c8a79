package dev.skilltree.progress;

import java.util.Locale;
import java.util.Optional;

/** Where a learner stands on a topic. Done and skipped both count as complete. */
public enum Status {
    TODO,
    LEARNING,
    DONE,
    SKIPPED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean complete() {
        return this == DONE || this == SKIPPED;
    }

    public static Optional<Status> fromCode(String code) {
        for (Status s : values()) {
            if (s.code().equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
