package dev.skilltree.config;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** The {@code migrations} part of readiness: down while the database is behind the migrations this build carries. */
@Component("migrationsHealthIndicator")
final class MigrationsHealth implements HealthIndicator {

    private final Flyway flyway;

    MigrationsHealth(Flyway flyway) {
        this.flyway = flyway;
    }

    @Override
    public Health health() {
        var info = flyway.info();
        MigrationInfo[] pending = info.pending();
        MigrationInfo current = info.current();
        Health.Builder health = pending.length == 0 ? Health.up() : Health.down();
        return health.withDetail(
                        "current",
                        current == null ? "none" : current.getVersion().toString())
                .withDetail(
                        "pending",
                        Arrays.stream(pending)
                                .map(m -> m.getVersion().toString())
                                .toList())
                .build();
    }
}
