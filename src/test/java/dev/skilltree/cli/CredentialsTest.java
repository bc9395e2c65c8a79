package dev.skilltree.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {

    @TempDir
    Path home;

    private String previous;

    @BeforeEach
    void configInTheTemporaryFolder() {
        previous = System.getProperty("skilltree.config");
        System.setProperty("skilltree.config", home.resolve("config").toString());
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty("skilltree.config");
        } else {
            System.setProperty("skilltree.config", previous);
        }
    }

    @Test
    void keepsTheFileInTheConfiguredFolder() {
        assertThat(Credentials.file()).isEqualTo(home.resolve("config/credentials.properties"));
    }

    @Test
    void loadsWhatItSaved() throws IOException {
        new Credentials("https://skilltree.example", "st_secret").save();

        assertThat(Credentials.load()).isEqualTo(new Credentials("https://skilltree.example", "st_secret"));
    }

    @Test
    void keepsTheTokenReadableByTheUserAlone() throws IOException {
        new Credentials("https://skilltree.example", "st_secret").save();

        Path file = Credentials.file();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(file.resolveSibling("credentials.properties.new")).doesNotExist();
    }

    @Test
    void replacesEarlierCredentialsWhole() throws IOException {
        new Credentials("https://old.example", "st_old").save();
        new Credentials("http://localhost:8080", "st_new").save();

        assertThat(Credentials.load()).isEqualTo(new Credentials("http://localhost:8080", "st_new"));
        assertThat(Files.readString(Credentials.file())).doesNotContain("st_old");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Credentials.file())))
                .isEqualTo("rw-------");
    }

    @Test
    void asksToLogInFirstWhenThereAreNoCredentials() {
        assertThatThrownBy(Credentials::load)
                .isInstanceOf(UserError.class)
                .hasMessage("Not signed in: run 'skilltree login --server URL' first.");
    }

    @Test
    void asksToLogInAgainWhenTheFileLacksAToken() throws IOException {
        Files.createDirectories(Credentials.file().getParent());
        Files.writeString(Credentials.file(), "server=https://skilltree.example\n");

        assertThatThrownBy(Credentials::load)
                .isInstanceOf(UserError.class)
                .hasMessage(Credentials.file() + " lacks server or token: run 'skilltree login --server URL' again.");
    }

    @Test
    void fallsBackToTheUsersConfigFolderWhenTheSettingIsBlank() {
        System.setProperty("skilltree.config", " ");

        assertThat(Credentials.file()).isAbsolute().endsWithRaw(Path.of("skilltree", "credentials.properties"));
    }
}
