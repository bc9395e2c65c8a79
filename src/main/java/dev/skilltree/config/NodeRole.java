package dev.skilltree.config;

import java.util.Locale;

/**
 * What a node does, from {@code skilltree.role} ({@code serve --role}): {@code all} serves and grades (the embedded
 * shape), {@code web} serves pages and the API and grades nothing, {@code worker} grades and answers HTTP only for
 * health and metrics. Every role may queue submissions: the queue is the database.
 */
public enum NodeRole {
    ALL,
    WEB,
    WORKER;

    public static final String PROPERTY = "skilltree.role";

    public static NodeRole of(String code) {
        for (NodeRole role : values()) {
            if (role.code().equals(code)) {
                return role;
            }
        }
        throw new IllegalArgumentException("the role is all, web or worker, not '" + code + "'");
    }

    /** Whether this node runs grading tasks. */
    public boolean grades() {
        return this != WEB;
    }

    /** Whether this node serves the pages and the API. */
    public boolean serves() {
        return this != WORKER;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
