package dev.skilltree.config;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes nodes that start at once install the built-in content one after the other: each install locks one row of
 * {@code install_lock} first ({@code SELECT … FOR UPDATE}, the same on H2 and PostgreSQL), so a second node waits
 * until the first commits, then finds the content installed and leaves it alone.
 */
public final class InstallLock {

    private InstallLock() {}

    /** Holds the lock until the caller's transaction ends; call it first in the install's transaction. */
    public static void hold(JdbcClient jdbc) {
        jdbc.sql("select name from install_lock where name = 'built-in content' for update")
                .query(String.class)
                .single();
    }
}
