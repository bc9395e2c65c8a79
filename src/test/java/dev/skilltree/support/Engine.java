package dev.skilltree.support;

import dev.skilltree.config.Database;
import dev.skilltree.config.DatabaseSettings;
import java.nio.file.Path;

/** The two databases skilltree runs on; tests parameterised by it run once on each. */
public enum Engine {
    H2,
    POSTGRESQL;

    /** A fresh, migrated database: an H2 file in {@code dir}, or a new database on the shared PostgreSQL. */
    public DatabaseSettings freshDatabase(Path dir) {
        if (this == H2) {
            Database.open(dir).destroy();
            return DatabaseSettings.embedded(dir);
        }
        return Postgres.freshDatabase();
    }
}
