package dev.skilltree.config;

import dev.skilltree.config.Database.Migration;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code migrations} part of readiness: down while the database is behind the migrations this build carries.
 * Once nothing is pending the answer is kept: this build has no further migration that could become pending, so a
 * readiness probe no longer scans the classpath and queries the schema history each time.
 */
@Component("migrationsHealthIndicator")
final class MigrationsHealth implements HealthIndicator {

    private final DataSource dataSource;
    private volatile Health current;

    MigrationsHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        Health known = current;
        if (known != null) {
            return known;
        }
        var pending = Database.pending(dataSource);
        Health health = (pending.isEmpty() ? Health.up() : Health.down())
                .withDetail("current", Database.current(dataSource).orElse("none"))
                .withDetail("pending", pending.stream().map(Migration::version).toList())
                .build();
        if (pending.isEmpty()) {
            current = health;
        }
        return health;
    }
}
