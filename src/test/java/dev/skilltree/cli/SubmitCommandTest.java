package dev.skilltree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.grading.BuiltInChallenges;
import dev.skilltree.support.Api;
import dev.skilltree.support.FreshData;
import dev.skilltree.support.RequiresSystemPackage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code login}, {@code submit} and {@code review} against a real server on a random port, grading in the real sandbox. */
@RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubmitCommandTest {

    private static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private final InputStream stdin = System.in;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        FreshData.directory(registry);
    }

    @BeforeEach
    void isolatedConfig() {
        System.setProperty("skilltree.config", dir.resolve("config").toString());
        new Api(port).tokenFor("admin");
    }

    @AfterEach
    void restore() {
        System.clearProperty("skilltree.config");
        System.setIn(stdin);
    }

    @Test
    void logsInKeepsTheTokenPrivateAndSubmitsUntilItPasses() throws IOException {
        new Api(port).register("carol", PASSWORD);
        Path work = dir.resolve("work");

        CliTest.Run login = login("http://localhost:" + port, "carol", PASSWORD);
        CliTest.Run fetched = CliTest.run("fetch", "closure-counter", "--dir", work.toString());
        CliTest.Run starter = CliTest.run("submit", "closure-counter", work.toString());
        Files.writeString(
                work.resolve("solution.py"),
                BuiltInChallenges.get("closure-counter").reference().get("solution.py"));
        CliTest.Run reference = CliTest.run("submit", "closure-counter", work.toString());

        Path credentials = dir.resolve("config/credentials.properties");
        assertThat(login.exitCode()).as(login.err()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(credentials)).contains("token=st_").doesNotContain(PASSWORD);
        assertThat(fetched.exitCode()).isZero();
        assertThat(starter.exitCode()).isEqualTo(1);
        assertThat(starter.out()).contains("FAILED: 0 of 4 tests passed");
        assertThat(reference.exitCode()).as(reference.err()).isZero();
        assertThat(reference.out())
                .contains("PASS  test_starts_at_zero_by_default")
                .contains("PASSED: 4 of 4 tests passed");
    }

    @Test
    void saysWhyItCannotLogInOrSubmit() {
        CliTest.Run noAccount = CliTest.run("submit", "closure-counter", dir.toString());
        CliTest.Run wrong = login("http://localhost:" + port, "nobody", "not the password at all");

        assertThat(noAccount.exitCode()).isEqualTo(1);
        assertThat(noAccount.err()).contains("Not signed in");
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.err()).isNotBlank().doesNotContain("Exception");
    }

    @Test
    void saysWhyASubmissionPastTheCapIsRefusedAndExitsNonZero() {
        new Api(port).register("dora", PASSWORD);
        long dora = jdbc.sql("select id from app_user where username = 'dora'")
                .query(Long.class)
                .single();
        for (int i = 0; i < 3; i++) {
            // In flight with no grading task: it stays queued for as long as the test needs.
            jdbc.sql("insert into submission (user_id, challenge_slug, files, status, queued_at)"
                            + " values (?, 'closure-counter', '{}', 'QUEUED', ?)")
                    .params(dora, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC))
                    .update();
        }
        Path work = dir.resolve("dora");

        login("http://localhost:" + port, "dora", PASSWORD);
        CliTest.run("fetch", "closure-counter", "--dir", work.toString());
        CliTest.Run refused = CliTest.run("submit", "closure-counter", work.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err())
                .contains("You have 3 submissions waiting to be graded; send this one when one of them has finished.");
        assertThat(refused.out()).doesNotContain("Submitted #");
    }

    @Test
    void reviewsDueCardsInTheTerminalWithKeysFromStdin() {
        String server = "http://localhost:" + port;
        Api api = new Api(port);
        String token = api.tokenFor("rita");
        api.json("PUT", "/api/v1/me/progress/python-advanced/closures", token, java.util.Map.of("status", "learning"));
        org.awaitility.Awaitility.await()
                .until(() -> Api.read(api.get("/api/v1/me/reviews/due", token))
                                .get("due")
                                .asInt()
                        == 3);
        assertThat(login(server, "rita", PASSWORD).exitCode()).isZero();

        System.setIn(new ByteArrayInputStream(" 4 4z 4 4q".getBytes(StandardCharsets.UTF_8)));
        CliTest.Run review = CliTest.run("review", "--server", server);

        assertThat(review.exitCode()).as(review.err()).isZero();
        assertThat(review.out())
                .contains("3 cards due now.")
                .contains("What does this print?")
                .contains("4 easy")
                .contains("Undid easy on ")
                .contains("Reviewed 3 cards in");
        assertThat(Api.read(api.get("/api/v1/me/reviews/due", token)).get("due").asInt())
                .isZero();
    }

    private static CliTest.Run login(String server, String user, String password) {
        System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
        return CliTest.run("login", "--server", server, "--user", user, "--password-stdin");
    }
}
