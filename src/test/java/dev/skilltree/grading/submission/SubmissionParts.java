package dev.skilltree.grading.submission;

import dev.skilltree.account.GroupService;
import dev.skilltree.config.Transactions;
import dev.skilltree.grading.ChallengeService;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tests outside this package: the submission module's parts that Spring makes in the server, made by hand over a
 * test's database, with the server's cap of 3 submissions in flight per learner.
 */
public final class SubmissionParts {

    private SubmissionParts() {}

    public static SubmissionRepository repository(JdbcClient jdbc) {
        return new SubmissionRepository(jdbc);
    }

    /** A watch whose streams read their submission again every 100 ms when nothing wakes them. */
    public static SubmissionWatch watch() {
        return new SubmissionWatch(Duration.ofMillis(100));
    }

    /** The service, its {@code @Transactional} methods run in transactions as the server's are. */
    public static SubmissionService service(
            Transactions transactions,
            JdbcClient jdbc,
            ChallengeService challenges,
            GradingQueue queue,
            GroupService groups,
            Clock clock) {
        SubmissionRepository repository = new SubmissionRepository(jdbc);
        SubmissionCap cap =
                new SubmissionCap(repository, slug -> challenges.get(slug).limits(), new SimpleMeterRegistry(), 3);
        return transactions.around(new SubmissionService(repository, challenges, queue, groups, clock, cap));
    }
}
