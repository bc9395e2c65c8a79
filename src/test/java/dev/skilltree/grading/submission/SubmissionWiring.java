package dev.skilltree.grading.submission;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.skilltree.account.GroupService;
import dev.skilltree.config.Transactions;
import dev.skilltree.grading.ChallengeService;
import dev.skilltree.support.AccountGroups;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.SliceDatabase;
import dev.skilltree.support.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * For a Spring context over a {@link SliceDatabase} and a {@link MovableClock}: the submission service over the real
 * tables, the built-in challenges, the account module's groups as Spring makes them, and a grading queue that writes
 * db-scheduler's task rows in the caller's transaction, as the server's does, but starts no scheduler.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(AccountGroups.class)
class SubmissionWiring {

    /** At most this many submissions of one learner in flight. */
    static final int CAP = 3;

    @Bean
    ChallengeService challenges(TestDatabase database, Transactions transactions, MovableClock clock) {
        ChallengeService challenges = transactions.around(ChallengeService.of(database.jdbc(), clock));
        challenges.installBuiltIns();
        return challenges;
    }

    @Bean
    TaskTableQueue queue(TestDatabase database) {
        return new TaskTableQueue(database);
    }

    @Bean
    SubmissionRepository submissionRepository(TestDatabase database) {
        return new SubmissionRepository(database.jdbc());
    }

    @Bean
    SubmissionWatch submissionWatch() {
        return new SubmissionWatch(Duration.ofMillis(100));
    }

    @Bean
    SubmissionService submissionService(
            SubmissionRepository submissions,
            ChallengeService challenges,
            TaskTableQueue queue,
            GroupService groups,
            Transactions transactions,
            Clock clock) {
        SubmissionCap cap =
                new SubmissionCap(submissions, slug -> challenges.get(slug).limits(), new SimpleMeterRegistry(), CAP);
        return transactions.around(new SubmissionService(submissions, challenges, queue, groups, clock, cap));
    }

    /**
     * Grading tasks written to db-scheduler's table, in the caller's transaction; no scheduler runs them. Says
     * whether a node grades as the test sets it, and counts the wake-ups.
     */
    static final class TaskTableQueue implements GradingQueue {

        private final OneTimeTask<Void> task = Tasks.oneTime("grade-submission").execute((instance, context) -> {});
        private final SchedulerClient scheduler;
        private final TestDatabase database;
        final AtomicBoolean nodeGrades = new AtomicBoolean(true);
        final AtomicInteger wakes = new AtomicInteger();

        TaskTableQueue(TestDatabase database) {
            this.database = database;
            this.scheduler = SchedulerClient.Builder.create(
                            new TransactionAwareDataSourceProxy(database.dataSource()), List.of(task))
                    .build();
        }

        @Override
        public void schedule(long submissionId) {
            scheduler.schedule(task.instance(Long.toString(submissionId)), java.time.Instant.EPOCH);
        }

        @Override
        public void wake() {
            wakes.incrementAndGet();
        }

        @Override
        public boolean anyNodeGrades() {
            return nodeGrades.get();
        }

        /** The submission ids with a grading task waiting in the table. */
        List<Long> tasks() {
            return database.jdbc()
                    .sql("select task_instance from scheduled_tasks where task_name = 'grade-submission'"
                            + " order by task_instance")
                    .query(Long.class)
                    .list();
        }
    }
}
