package dev.skilltree.cli;

import static dev.skilltree.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.cli.CliTest.Run;
import dev.skilltree.config.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code skilltree admin create}: the command-line way to an admin account. */
class AdminCommandTest {

    @TempDir
    Path dir;

    private String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void createsAnAdminAndExplainsARefusedOne() {
        Run created = run("admin", "create", "--user", "Root", "--password", "a long admin secret", "--data", data());
        Run again = run("admin", "create", "--user", "root", "--password", "a long admin secret", "--data", data());
        Run weak = run("admin", "create", "--user", "other", "--password", "short", "--data", data());

        assertThat(created.exitCode()).isZero();
        assertThat(created.out()).contains("Created admin 'root'.");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("The user name 'root' is already taken.");
        assertThat(weak.err()).contains("at least 10 characters").doesNotContain("Exception");
    }

    @Test
    void anAdminIsAnAdminWhoeverRegisteredFirst() {
        run("admin", "create", "--user", "first", "--password", "a long admin secret", "--data", data());
        Run second = run("admin", "create", "--user", "second", "--password", "a long admin secret", "--data", data());

        assertThat(second.exitCode()).isZero();
        assertThat(roleOf("second")).isEqualTo("ADMIN");
    }

    private String roleOf(String username) {
        var dataSource = Database.open(dir.resolve("data"));
        try {
            return JdbcClient.create(dataSource)
                    .sql("select role from app_user where username = ?")
                    .param(username)
                    .query(String.class)
                    .single();
        } finally {
            dataSource.destroy();
        }
    }
}
