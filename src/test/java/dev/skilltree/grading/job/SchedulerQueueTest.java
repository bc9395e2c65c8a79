package dev.skilltree.grading.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.skilltree.config.NodeRole;
import dev.skilltree.grading.GradingStatus;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The grading queue in db-scheduler's table on the real H2 database: a task per submission, written in the
 * submitter's transaction, run at once when woken rather than at the next poll (a minute away here).
 */
class SchedulerQueueTest {

    @TempDir
    Path data;

    @AutoClose
    private TestDatabase db;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final List<String> graded = new CopyOnWriteArrayList<>();
    private final OneTimeTask<Void> task =
            Tasks.oneTime(SchedulerQueue.TASK).execute((instance, context) -> graded.add(instance.getId()));
    private Scheduler scheduler;
    private SchedulerQueue queue;
    private TransactionTemplate transactions;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(data);
        scheduler = Scheduler.create(new TransactionAwareDataSourceProxy(db.dataSource()), List.of(task))
                .pollingInterval(Duration.ofMinutes(1))
                .build();
        GradingNodes nodes = new GradingNodes(
                new GradingNodeRepository(db.jdbc()),
                NodeRole.WEB,
                new GradingStatus(null, null, "web node"),
                clock,
                Duration.ofSeconds(2),
                4);
        queue = new SchedulerQueue(scheduler, task, nodes, clock, 3);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
    }

    @AfterEach
    void stopScheduler() {
        scheduler.stop();
    }

    private List<String> tasks() {
        return db.jdbc()
                .sql("select task_instance from scheduled_tasks where task_name = ? order by task_instance")
                .param(SchedulerQueue.TASK)
                .query(String.class)
                .list();
    }

    @Test
    void writesOneTaskPerSubmissionNamedByItsId() {
        queue.schedule(41);
        queue.schedule(42);

        assertThat(tasks()).containsExactly("41", "42");
        assertThat(queue.workers()).isEqualTo(3);
    }

    @Test
    void writesTheTaskInTheSubmittersTransactionSoARefusedSubmitLeavesNone() {
        transactions.executeWithoutResult(tx -> queue.schedule(41));
        transactions.executeWithoutResult(tx -> {
            queue.schedule(42);
            tx.setRollbackOnly();
        });

        assertThat(tasks()).containsExactly("41");
    }

    @Test
    void aWokenSchedulerGradesAtOnceRatherThanAtItsNextPoll() {
        queue.schedule(40);
        scheduler.start();
        await().atMost(Duration.ofSeconds(10)).alias("the first poll").until(() -> graded.equals(List.of("40")));
        queue.schedule(43);

        queue.wake();

        await().atMost(Duration.ofSeconds(10)).until(() -> graded.equals(List.of("40", "43")));
        await().atMost(Duration.ofSeconds(10)).until(() -> tasks().isEmpty());
    }

    @Test
    void saysWhetherAnyNodeGradesFromTheirHeartbeats() {
        assertThat(queue.anyNodeGrades()).isFalse();

        new GradingNodeRepository(db.jdbc())
                .save(new GradingNode(
                        "worker-1", "worker", "bubblewrap", "3.11", 4, 0, clock.instant(), clock.instant()));

        assertThat(queue.anyNodeGrades()).isTrue();
    }
}
