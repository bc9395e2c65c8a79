package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.config.Database;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class EvidenceRepositoryTest {

    private static final Instant AT = Instant.parse("2026-04-01T12:00:00Z");

    @TempDir
    Path data;

    private SingleConnectionDataSource dataSource;
    private JdbcClient jdbc;
    private EvidenceRepository evidence;
    private long ada;
    private long bob;

    @BeforeEach
    void openDatabase() {
        dataSource = Database.open(data);
        jdbc = JdbcClient.create(dataSource);
        evidence = new EvidenceRepository(jdbc);
        ada = user("ada");
        bob = user("bob");
        challenge("fizzbuzz");
        challenge("counter");
    }

    @AfterEach
    void closeDatabase() {
        dataSource.destroy();
    }

    private long user(String name) {
        jdbc.sql("insert into app_user (username, password_hash, role, created_at) values (?, 'h', 'LEARNER', ?)")
                .params(name, Database.utc(AT))
                .update();
        return jdbc.sql("select id from app_user where username = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    private void challenge(String slug) {
        jdbc.sql("insert into challenge (slug, files, content_hash, built_in, imported_at) values (?, '{}',"
                        + " 'x', false, ?)")
                .params(slug, Database.utc(AT))
                .update();
    }

    private long submission(long userId, String slug) {
        jdbc.sql("insert into submission (user_id, challenge_slug, files, status, queued_at) values (?, ?,"
                        + " '{}', 'FINISHED', ?)")
                .params(userId, slug, Database.utc(AT))
                .update();
        return jdbc.sql("select max(id) from submission").query(Long.class).single();
    }

    @Test
    void recordsAPassAsEvidenceOnTheNode() {
        long passed = submission(ada, "fizzbuzz");

        evidence.add(ada, "loops", "fizzbuzz", passed, AT);

        assertThat(evidence.of(ada, "loops")).containsExactly(new Evidence("loops", "fizzbuzz", passed, AT));
    }

    @Test
    void keepsTheFirstPassOnly() {
        long first = submission(ada, "fizzbuzz");
        long second = submission(ada, "fizzbuzz");

        evidence.add(ada, "loops", "fizzbuzz", first, AT);
        evidence.add(ada, "loops", "fizzbuzz", second, AT.plusSeconds(3600));

        assertThat(evidence.of(ada, "loops")).containsExactly(new Evidence("loops", "fizzbuzz", first, AT));
    }

    @Test
    void listsEachChallengesEvidenceInTheOrderItWasEarned() {
        long counter = submission(ada, "counter");
        long fizzbuzz = submission(ada, "fizzbuzz");

        evidence.add(ada, "loops", "counter", counter, AT.plusSeconds(60));
        evidence.add(ada, "loops", "fizzbuzz", fizzbuzz, AT);
        evidence.add(ada, "functions", "fizzbuzz", fizzbuzz, AT);

        assertThat(evidence.of(ada, "loops")).extracting(Evidence::challenge).containsExactly("fizzbuzz", "counter");
        assertThat(evidence.of(ada, "functions"))
                .extracting(Evidence::challenge)
                .containsExactly("fizzbuzz");
    }

    @Test
    void showsNoOneElsesEvidence() {
        evidence.add(ada, "loops", "fizzbuzz", submission(ada, "fizzbuzz"), AT);

        assertThat(evidence.of(bob, "loops")).isEmpty();
        assertThat(evidence.of(ada, "types")).isEmpty();
    }
}
