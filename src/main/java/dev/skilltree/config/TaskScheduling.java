package dev.skilltree.config;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The one db-scheduler of a node, over the application database: each module contributes its tasks and threads as
 * {@link ScheduledWork}. Tasks are written with the caller's transaction (the data source is transaction-aware).
 * Heartbeats every 2 s by default: a node silent for 4 of them is dead, and its running tasks are picked up again.
 * On PostgreSQL the scheduler polls with lock-and-fetch ({@code SELECT … FOR UPDATE SKIP LOCKED}), the strategy for
 * many nodes sharing one table; on H2 it fetches, then locks each execution with an update (db-scheduler's default).
 * {@code skilltree.scheduler.polling} chooses: {@code auto}, {@code lock-and-fetch} or {@code fetch}.
 */
@Configuration(proxyBeanMethods = false)
class TaskScheduling {

    private static final Logger log = LoggerFactory.getLogger(TaskScheduling.class);

    /** This node's role, read once; a value other than all, web or worker stops the start with that sentence. */
    @Bean
    NodeRole nodeRole(@Value("${skilltree.role:all}") String role) {
        return NodeRole.of(role);
    }

    @Bean(destroyMethod = "stop")
    Scheduler scheduler(
            DataSource dataSource,
            List<ScheduledWork> work,
            @Value("${skilltree.scheduler.polling-interval:1s}") Duration polling,
            @Value("${skilltree.scheduler.heartbeat-interval:2s}") Duration heartbeat,
            @Value("${skilltree.scheduler.missed-heartbeats:4}") int missedHeartbeats,
            @Value("${skilltree.scheduler.shutdown-wait:10s}") Duration shutdownWait,
            @Value("${skilltree.scheduler.polling:auto}") String strategy,
            DatabaseSettings database) {
        List<Task<?>> tasks = work.stream().flatMap(w -> w.tasks().stream()).toList();
        int threads = Math.max(1, work.stream().mapToInt(ScheduledWork::threads).sum());
        var builder = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks);
        if (lockAndFetch(strategy, database)) {
            builder.pollUsingLockAndFetch(0.5, 1.0);
        } else {
            builder.pollUsingFetchAndLockOnExecute(0.5, 3.0);
        }
        log.info(
                "Task scheduler polls with {} every {}",
                lockAndFetch(strategy, database) ? "lock-and-fetch" : "fetch",
                polling);
        return builder.schedulerName(new SchedulerName.Fixed(NodeName.current()))
                .threads(threads)
                .pollingInterval(polling)
                .heartbeatInterval(heartbeat)
                .missedHeartbeatsLimit(missedHeartbeats)
                .alwaysPersistTimestampInUTC()
                .shutdownMaxWait(shutdownWait)
                .build();
    }

    /** Starts running tasks once the application is ready: migrated, and the modules' content installed. */
    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent ready) {
        List<ScheduledWork> work = ready.getApplicationContext()
                .getBeanProvider(ScheduledWork.class)
                .orderedStream()
                .filter(w -> !w.tasks().isEmpty())
                .toList();
        if (work.isEmpty()) {
            log.info("Task scheduler not started: no module runs tasks on this node");
            return;
        }
        ready.getApplicationContext().getBean(Scheduler.class).start();
        work.forEach(w -> log.info("Tasks of {} running: threads={}", w.module(), w.threads()));
    }

    static boolean lockAndFetch(String strategy, DatabaseSettings database) {
        return switch (strategy) {
            case "auto" -> database.postgres();
            case "lock-and-fetch" -> true;
            case "fetch" -> false;
            default ->
                throw new IllegalArgumentException(
                        "skilltree.scheduler.polling is auto, lock-and-fetch or fetch, not " + strategy);
        };
    }
}
