package dev.skilltree.config;

/** The database named by the settings did not accept a connection: wrong host, user, password or database name. */
public final class DatabaseUnreachable extends RuntimeException {

    DatabaseUnreachable(DatabaseSettings settings, java.sql.SQLException cause) {
        super(
                "cannot connect to the database " + settings.url()
                        + (settings.user() == null ? "" : " as " + settings.user()) + ": " + cause.getMessage(),
                cause);
    }
}
