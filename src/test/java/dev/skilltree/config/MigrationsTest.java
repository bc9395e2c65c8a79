package dev.skilltree.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.Postgres;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The same migration scripts, unchanged, build the same schema on H2 and on a real PostgreSQL. */
class MigrationsTest {

    @TempDir
    Path data;

    @Test
    void theSameScriptsBuildTheSameTablesAndColumnsOnBothDatabases() {
        List<String> h2 = migratedColumns(DatabaseSettings.embedded(data));
        List<String> postgres = migratedColumns(Postgres.emptyDatabase());

        assertThat(h2)
                .contains(
                        "submission.status character varying not null",
                        "scheduled_tasks.task_data bytea null",
                        "event_publication.id uuid not null",
                        "review_state.stability double precision null");
        assertThat(postgres).isEqualTo(h2);
    }

    /** Each column of the migrated schema as "table.column type null|not null", sorted. */
    private static List<String> migratedColumns(DatabaseSettings settings) {
        SingleConnectionDataSource dataSource = Database.connect(settings);
        try {
            assertThat(Database.pending(dataSource)).first().hasToString("V1 roadmaps");
            Database.migrateFully(dataSource);
            assertThat(Database.pending(dataSource)).isEmpty();
            return columns(dataSource);
        } finally {
            dataSource.destroy();
        }
    }

    private static List<String> columns(DataSource dataSource) {
        return JdbcClient.create(dataSource)
                .sql("select lower(table_name), lower(column_name), lower(data_type), is_nullable"
                        + " from information_schema.columns"
                        + " where lower(table_schema) = 'public' and lower(table_name) <> 'flyway_schema_history'")
                .query((row, i) -> row.getString(1) + "." + row.getString(2) + " " + sameName(row.getString(3))
                        + ("YES".equals(row.getString(4)) ? " null" : " not null"))
                .list()
                .stream()
                .sorted()
                .toList();
    }

    /** The two databases name two types differently: H2 calls {@code text} varchar, and {@code bytea} varbinary. */
    private static String sameName(String type) {
        return switch (type) {
            case "text" -> "character varying";
            case "binary varying" -> "bytea";
            default -> type;
        };
    }
}
