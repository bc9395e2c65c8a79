package dev.skilltree.account;

import java.time.Instant;

/** A personal API token as listed on the account page; the secret itself is shown once and never stored. */
public record ApiToken(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }

    /** A token just created, with the secret the user must copy now. */
    public record Issued(long id, String name, String secret) {}
}
