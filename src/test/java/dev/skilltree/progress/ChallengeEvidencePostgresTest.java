package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skilltree.support.Postgres;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real PostgreSQL: it boots, migrates, installs the built-in content, grades submissions
 * (db-scheduler polling with lock-and-fetch) and delivers ChallengePassed into evidence through Modulith's JDBC
 * event publication registry, the tests of {@link ChallengeEvidenceTest} unchanged.
 */
class ChallengeEvidencePostgresTest extends ChallengeEvidenceTest {

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.database(registry);
    }

    @Test
    void runsOnPostgresqlWithTheBuiltInContentAndLeavesNoPublicationBehind() {
        JdbcClient jdbc = JdbcClient.create(dataSource);

        String product = jdbc.sql("select version()").query(String.class).single();
        long challenges = jdbc.sql("select count(*) from challenge where built_in")
                .query(Long.class)
                .single();
        long roadmaps =
                jdbc.sql("select count(*) from roadmap").query(Long.class).single();
        aPassLeavesEvidenceOnTheChallengesNodes();

        assertThat(product).startsWith("PostgreSQL 18.");
        assertThat(challenges).isPositive();
        assertThat(roadmaps).isPositive();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from event_publication")
                                .query(Long.class)
                                .single()
                        == 0);
    }
}
