package dev.skilltree.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the data lives, and the password that is read from a file and never printed. */
class DatabaseSettingsTest {

    @TempDir
    Path dir;

    @Test
    void theEmbeddedDatabaseIsAnH2FileInTheDataDirectory() {
        DatabaseSettings embedded = DatabaseSettings.embedded(dir);

        assertThat(embedded.url()).startsWith("jdbc:h2:file:" + dir.resolve("skilltree") + ";");
        assertThat(embedded.user()).isEqualTo("sa");
        assertThat(embedded.postgres()).isFalse();
    }

    @Test
    void readsThePasswordFromTheFirstLineOfItsFileWithoutTheLineEnd() throws IOException {
        Path unix = Files.writeString(dir.resolve("unix"), "s3cret pass\nignored\n");
        Path windows = Files.writeString(dir.resolve("windows"), "s3cret pass\r\n");
        Path bare = Files.writeString(dir.resolve("bare"), " s3cret pass ");

        assertThat(DatabaseSettings.readPassword(unix)).isEqualTo("s3cret pass");
        assertThat(DatabaseSettings.readPassword(windows)).isEqualTo("s3cret pass");
        assertThat(DatabaseSettings.readPassword(bare))
                .as("spaces are the password's own")
                .isEqualTo(" s3cret pass ");
        assertThat(DatabaseSettings.postgres("jdbc:postgresql://db/skilltree", "skilltree", unix))
                .isEqualTo(new DatabaseSettings("jdbc:postgresql://db/skilltree", "skilltree", "s3cret pass"));
        assertThat(DatabaseSettings.postgres("jdbc:postgresql://db/skilltree", "skilltree", null)
                        .password())
                .isNull();
    }

    @Test
    void aMissingPasswordFileIsNamed() {
        Path missing = dir.resolve("nowhere");

        assertThatThrownBy(() -> DatabaseSettings.readPassword(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot read the database password file " + missing);
    }

    @Test
    void refusesAMissingOrForeignUrlWithoutRepeatingAPasswordInIt() {
        assertThatThrownBy(() -> new DatabaseSettings(" ", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a database URL is required");
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:mysql://db/x?user=u&password=hunter2&ssl=true", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the database URL must start with jdbc:postgresql:// (or jdbc:h2: for the embedded"
                        + " database), got jdbc:mysql://db/x?user=u&password=…&ssl=true");
    }

    @Test
    void printsTheUrlAndUserButNeverThePassword() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://db/skilltree", "skilltree", "hunter2");

        assertThat(settings.postgres()).isTrue();
        assertThat(settings.toString())
                .isEqualTo("DatabaseSettings[url=jdbc:postgresql://db/skilltree, user=skilltree]")
                .doesNotContain("hunter2");
    }
}
