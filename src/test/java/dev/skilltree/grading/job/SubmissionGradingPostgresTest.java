package dev.skilltree.grading.job;

import dev.skilltree.support.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The grading task's promises (retries, a result written once) on a real PostgreSQL. */
class SubmissionGradingPostgresTest extends SubmissionGradingTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.database(registry);
    }
}
