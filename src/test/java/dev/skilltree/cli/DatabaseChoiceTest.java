package dev.skilltree.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skilltree.config.DatabaseSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which database a command uses: flag, else environment, else config file, else the embedded one; and what a person
 * is told when the choice does not hold together. Connecting with it is DatabaseCommandsTest's.
 */
class DatabaseChoiceTest {

    @TempDir
    Path dir;

    @Test
    void eachSettingComesFromItsFlagElseTheEnvironmentElseTheConfigFile() throws IOException {
        Path config = Files.writeString(
                dir.resolve("c.properties"),
                "db.url=jdbc:postgresql://config/db\ndb.user=from-config\ndb.password-file=/config/password\n");
        DataOption flags = options();
        flags.user = "from-flag";
        Map<String, String> env =
                Map.of("SKILLTREE_CONFIG_FILE", config.toString(), "SKILLTREE_DB_URL", "jdbc:postgresql://env/db");

        DatabaseChoice choice = DatabaseChoice.resolve(flags, env);

        assertThat(choice.url()).isEqualTo("jdbc:postgresql://env/db");
        assertThat(choice.user()).isEqualTo("from-flag");
        assertThat(choice.passwordFile()).isEqualTo(Path.of("/config/password"));
        assertThat(DatabaseChoice.resolve(options(), Map.of()).embedded()).isTrue();
    }

    @Test
    void theConfigFlagWinsOverTheConfigFileOfTheEnvironmentAndBlankValuesCountAsUnset() throws IOException {
        Path mine = Files.writeString(dir.resolve("mine.properties"), "db.url= jdbc:postgresql://mine/db \n");
        Path theirs = Files.writeString(dir.resolve("theirs.properties"), "db.url=jdbc:postgresql://theirs/db\n");
        DataOption flags = options();
        flags.config = mine;
        flags.url = "  ";

        DatabaseChoice choice = DatabaseChoice.resolve(
                flags, Map.of("SKILLTREE_CONFIG_FILE", theirs.toString(), "SKILLTREE_DB_URL", ""));

        assertThat(choice.url()).isEqualTo("jdbc:postgresql://mine/db");
        assertThat(choice.embedded()).isFalse();
    }

    @Test
    void aUserOrPasswordFileWithoutADatabaseIsRefused() {
        DataOption flags = options();
        flags.user = "alice";

        assertThatThrownBy(() -> DatabaseChoice.resolve(flags, Map.of()))
                .isInstanceOf(UserError.class)
                .hasMessage("a database user or password file was given without a database: add --db"
                        + " jdbc:postgresql://HOST/DB (or set SKILLTREE_DB_URL)");
        assertThatThrownBy(() -> DatabaseChoice.resolve(options(), Map.of("SKILLTREE_DB_PASSWORD_FILE", "/p")))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("a database user or password file was given without a database");
    }

    @Test
    void anUnreadableConfigFileIsNamed() {
        DataOption flags = options();
        flags.config = dir.resolve("missing.properties");

        assertThatThrownBy(() -> DatabaseChoice.resolve(flags, Map.of()))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("cannot read " + flags.config + ": ");
    }

    @Test
    void theEmbeddedDatabaseLivesInTheDataDirectory() {
        DataOption flags = options();
        flags.dir = dir.resolve("a/../data");

        DatabaseChoice choice = DatabaseChoice.resolve(flags, Map.of());

        assertThat(choice.embeddedDir("backup", "pg_dump")).isEqualTo(dir.resolve("data"));
        assertThat(choice.settings()).isEqualTo(DatabaseSettings.embedded(dir.resolve("data")));
        assertThat(choice.serverArguments()).containsExactly("--skilltree.data=" + dir.resolve("data"));
    }

    @Test
    void aCommandForTheEmbeddedDatabaseOnlyPointsAPostgresqlUserToTheirTool() {
        DataOption flags = options();
        flags.url = "jdbc:postgresql://db/skilltree";

        assertThatThrownBy(() -> DatabaseChoice.resolve(flags, Map.of()).embeddedDir("backup", "pg_dump"))
                .isInstanceOf(UserError.class)
                .hasMessage("backup covers the embedded database; for PostgreSQL use pg_dump (see docs/database.md)");
    }

    @Test
    void theServerGetsThePasswordFileNotThePassword() throws IOException {
        Path password = Files.writeString(dir.resolve("db.password"), "s3cret-pass\n");
        DataOption flags = options();
        flags.url = "jdbc:postgresql://db/skilltree";
        flags.user = "skilltree";
        flags.passwordFile = password;

        DatabaseChoice choice = DatabaseChoice.resolve(flags, Map.of());

        assertThat(choice.settings().password()).isEqualTo("s3cret-pass");
        assertThat(choice.serverArguments())
                .containsExactly(
                        "--skilltree.data=" + dir,
                        "--skilltree.db.url=jdbc:postgresql://db/skilltree",
                        "--skilltree.db.user=skilltree",
                        "--skilltree.db.password-file=" + password.toAbsolutePath())
                .noneMatch(argument -> argument.contains("s3cret-pass"));
    }

    @Test
    void aMissingPasswordFileAndAForeignUrlAreTheUsersToFix() {
        DataOption missing = options();
        missing.url = "jdbc:postgresql://db/skilltree";
        missing.passwordFile = dir.resolve("nowhere.password");
        DataOption foreign = options();
        foreign.url = "mysql://db/skilltree";

        assertThatThrownBy(() -> DatabaseChoice.resolve(missing, Map.of()).serverArguments())
                .isInstanceOf(UserError.class)
                .hasMessage("cannot read " + missing.passwordFile
                        + ": the database password file does not exist or is not readable");
        assertThatThrownBy(() -> DatabaseChoice.resolve(foreign, Map.of()).settings())
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("the database URL must start with jdbc:postgresql://");
    }

    private DataOption options() {
        DataOption options = new DataOption();
        options.dir = dir;
        return options;
    }
}
