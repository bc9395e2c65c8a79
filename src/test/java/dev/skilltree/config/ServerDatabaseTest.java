package dev.skilltree.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.Postgres;
import dev.skilltree.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The server's database as the server's context makes it from {@code skilltree.*} properties: the H2 file under the
 * data directory, or a real PostgreSQL signed into as the application's role with the password from its file.
 */
class ServerDatabaseTest {

    @TempDir
    Path data;

    private final ApplicationContextRunner server = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
            .withUserConfiguration(ServerDatabase.class)
            .withPropertyValues("spring.datasource.hikari.connection-timeout=2000");

    @Test
    void withoutADatabaseUrlTheServerUsesTheH2FileTheCommandsOpenInTheDataDirectory() {
        Database.open(data).destroy();
        server.withPropertyValues("skilltree.data=" + data).run(context -> {
            assertThat(context).hasNotFailed();
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));

            TestDatabase.user(jdbc, "written-by-server");

            assertThat(context.getBean(DatabaseSettings.class)).isEqualTo(DatabaseSettings.embedded(data));
            assertThat(jdbc.sql("select h2version()").query(String.class).single())
                    .isNotBlank();
        });
        var commands = Database.open(data);
        try {
            assertThat(JdbcClient.create(commands)
                            .sql("select username from app_user")
                            .query(String.class)
                            .list())
                    .as("the commands' database is the server's")
                    .containsExactly("written-by-server");
        } finally {
            commands.destroy();
        }
        assertThat(Files.exists(data.resolve("skilltree.mv.db"))).isTrue();
    }

    @Test
    void aPostgresUrlSignsInAsTheNamedRoleWithThePasswordFromItsFile() {
        DatabaseSettings postgres = Postgres.freshDatabase();

        server.withPropertyValues(
                        "skilltree.data=" + data,
                        "skilltree.db.url=" + postgres.url(),
                        "skilltree.db.user=" + Postgres.USER,
                        "skilltree.db.password-file=" + Postgres.passwordFile())
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));

                    assertThat(jdbc.sql("select current_user")
                                    .query(String.class)
                                    .single())
                            .isEqualTo(Postgres.USER);
                    assertThat(jdbc.sql("select count(*) from app_user")
                                    .query(Integer.class)
                                    .single())
                            .as("the migrated database the URL names")
                            .isZero();
                    assertThat(context.getBean(DatabaseSettings.class).toString())
                            .doesNotContain(DatabaseSettings.readPassword(Postgres.passwordFile()));
                });
        assertThat(data).isEmptyDirectory();
    }

    @Test
    void aPostgresUrlWithoutUserOrPasswordFileLeavesBothToTheDriver() {
        server.withPropertyValues(
                        "skilltree.data=" + data,
                        "skilltree.db.url=jdbc:postgresql://db.example/skilltree",
                        "skilltree.db.user=",
                        "skilltree.db.password-file=")
                .run(context -> {
                    DatabaseSettings settings = context.getBean(DatabaseSettings.class);
                    assertThat(settings.url()).isEqualTo("jdbc:postgresql://db.example/skilltree");
                    assertThat(settings.user()).isNull();
                    assertThat(settings.password()).isNull();
                });
    }

    @Test
    void aUrlOfAnotherDatabaseStopsTheServerSayingWhatItMustBe() {
        server.withPropertyValues("skilltree.data=" + data, "skilltree.db.url=jdbc:mysql://db/skilltree")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageStartingWith("the database URL must start with jdbc:postgresql://"));
    }
}
