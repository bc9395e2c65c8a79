package dev.skilltree.account;

import java.io.Serializable;
import java.time.Instant;

/**
 * A user as the rest of the application sees it: never with the password hash. Serializable, as the signed-in user
 * is kept in the session, which lives in the database.
 */
public record Account(long id, String username, Role role, Instant createdAt) implements Serializable {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
