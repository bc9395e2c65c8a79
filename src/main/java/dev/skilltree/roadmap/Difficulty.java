package dev.skilltree.roadmap;

import java.util.Optional;

public enum Difficulty {
    BEGINNER,
    INTERMEDIATE,
    ADVANCED;

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<Difficulty> fromCode(String code) {
        for (Difficulty d : values()) {
            if (d.code().equals(code)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The seeds mark difficulty with 🟢 🟡 🔴. */
    public static Optional<Difficulty> fromMarker(String text) {
        if (text.contains("🟢")) {
            return Optional.of(BEGINNER);
        }
        if (text.contains("🟡")) {
            return Optional.of(INTERMEDIATE);
        }
        if (text.contains("🔴")) {
            return Optional.of(ADVANCED);
        }
        return Optional.empty();
    }
}
