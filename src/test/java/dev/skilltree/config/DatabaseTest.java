package dev.skilltree.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

class DatabaseTest {

    @TempDir
    Path data;

    @Test
    void migratesAFreshDirectory() {
        var dataSource = Database.open(data);
        try {
            assertThat(JdbcClient.create(dataSource)
                            .sql("select count(*) from roadmap")
                            .query(Integer.class)
                            .single())
                    .isZero();
        } finally {
            dataSource.destroy();
        }
    }

    @Test
    void commandsSkipFlywayOnceEveryScriptIsAppliedWhileAFullRunStillValidates() {
        var dataSource = Database.open(data);
        JdbcClient.create(dataSource)
                .sql("update \"flyway_schema_history\" set \"checksum\" = 42 where \"version\" = '1'")
                .update();

        Database.migrate(dataSource);

        assertThatThrownBy(
                        () -> Flyway.configure().dataSource(dataSource).load().migrate())
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("checksum");
        dataSource.destroy();
    }
}
