package dev.skilltree.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.config.Database.Migration;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class MigrationsHealthTest {

    @TempDir
    Path data;

    SingleConnectionDataSource dataSource;

    @BeforeEach
    void connect() {
        dataSource = Database.connect(DatabaseSettings.embedded(data));
    }

    @AfterEach
    void close() {
        dataSource.destroy();
    }

    @Test
    void isDownNamingTheCurrentAndPendingVersionsWhileTheSchemaIsBehind() {
        List<String> all =
                Database.pending(dataSource).stream().map(Migration::version).toList();
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target("3")
                .load()
                .migrate();

        Health health = new MigrationsHealth(dataSource).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails())
                .containsEntry("current", "3")
                .containsEntry("pending", all.subList(3, all.size()));
    }

    @Test
    void isDownWithNoCurrentVersionOnAnEmptyDatabase() {
        Health health = new MigrationsHealth(dataSource).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("current", "none");
        assertThat(health.getDetails().get("pending"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .startsWith("1");
    }

    @Test
    void turnsUpOnceMigratedAndKeepsThatAnswerWithoutAskingTheDatabaseAgain() {
        var health = new MigrationsHealth(dataSource);
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        List<Migration> applied = Database.migrateFully(dataSource);
        String newest = applied.getLast().version();

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails())
                .containsEntry("current", newest)
                .containsEntry("pending", List.of());

        JdbcClient.create(dataSource)
                .sql("drop table \"flyway_schema_history\"")
                .update();
        assertThat(Database.pending(dataSource)).isNotEmpty();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsEntry("current", newest);
    }
}
