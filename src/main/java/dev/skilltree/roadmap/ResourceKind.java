package dev.skilltree.roadmap;

import java.util.Optional;

public enum ResourceKind {
    BOOK,
    COURSE,
    SITE,
    DOC,
    COMMUNITY,
    TOOL,
    VIDEO;

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<ResourceKind> fromCode(String code) {
        for (ResourceKind k : values()) {
            if (k.code().equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
