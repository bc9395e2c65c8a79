package dev.skilltree.account;

import java.time.Instant;

/** A user as the rest of the application sees it: never with the password hash. */
public record Account(long id, String username, Role role, Instant createdAt) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
