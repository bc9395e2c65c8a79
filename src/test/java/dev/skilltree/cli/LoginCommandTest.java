package dev.skilltree.cli;

import static dev.skilltree.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.cli.CliTest.Run;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code skilltree login} without a terminal and without a server to answer: what it needs and why it cannot sign
 * in. Signing in to a real server, and the token it keeps, are SubmitCommandTest's.
 */
class LoginCommandTest {

    @TempDir
    Path dir;

    private final InputStream stdin = System.in;

    @BeforeEach
    void isolatedConfig() {
        System.setProperty("skilltree.config", dir.resolve("config").toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty("skilltree.config");
        System.setIn(stdin);
    }

    @Test
    void withoutATerminalTheUserAndPasswordMustBeGiven() {
        Run noUser = run("login", "--server", "http://localhost:1");
        Run noPassword = run("login", "--server", "http://localhost:1", "--user", "carol");
        stdin("");
        Run emptyStdin = run("login", "--server", "http://localhost:1", "--user", "carol", "--password-stdin");

        assertThat(noUser.exitCode()).isEqualTo(1);
        assertThat(noUser.err()).isEqualTo("missing --user (no terminal to ask on)\n");
        assertThat(noPassword.exitCode()).isEqualTo(1);
        assertThat(noPassword.err()).isEqualTo("missing a password: use --password-stdin when there is no terminal\n");
        assertThat(emptyStdin.exitCode()).isEqualTo(1);
        assertThat(emptyStdin.err()).isEqualTo("missing a password\n");
        assertThat(dir.resolve("config")).doesNotExist();
    }

    @Test
    void aServerThatCannotBeReachedIsNamedAndNoTokenIsKept() {
        stdin("a password long enough\n");

        Run down = run("login", "--server", "http://localhost:1", "--user", "x", "--password-stdin");

        assertThat(down.exitCode()).isEqualTo(1);
        assertThat(down.err()).isEqualTo("Cannot reach http://localhost:1/ (connection refused)\n");
        assertThat(dir.resolve("config")).doesNotExist();
    }

    private static void stdin(String text) {
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
