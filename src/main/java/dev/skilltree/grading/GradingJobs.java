package dev.skilltree.grading;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Grading runs as db-scheduler tasks in the application database, so a submission and its task are written in
 * one transaction and any node with workers may grade it. Heartbeats every 2 s: a node that stops beating for
 * about 8 s is taken as dead, and its running tasks are picked up again by the others.
 */
@Configuration(proxyBeanMethods = false)
class GradingJobs {

    private static final Logger log = LoggerFactory.getLogger(GradingJobs.class);
    static final String TASK = "grade-submission";

    @Bean
    SubmissionGrading submissionGrading(
            SubmissionRepository submissions,
            ChallengeService challenges,
            GradingStatus status,
            SubmissionWatch watch,
            TransactionOperations transactions,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${skilltree.grading.workers:0}") int workers) {
        return new SubmissionGrading(
                submissions,
                challenges,
                status.grader(),
                watch,
                transactions,
                events,
                clock,
                workers > 0 ? workers : Runtime.getRuntime().availableProcessors());
    }

    @Bean
    GradingQueue gradingQueue(DataSource dataSource, SubmissionGrading grading, Clock clock) {
        OneTimeTask<Void> task = Tasks.oneTime(TASK)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofMillis(250), 2))
                .execute((instance, context) -> {
                    try {
                        grading.grade(Long.parseLong(instance.getId()), context.getExecution().consecutiveFailures);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while grading " + instance.getId(), e);
                    }
                });
        Scheduler scheduler = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), task)
                .schedulerName(new SchedulerName.Fixed(nodeName()))
                .threads(grading.workers())
                .pollingInterval(Duration.ofSeconds(1))
                .heartbeatInterval(Duration.ofSeconds(2))
                .missedHeartbeatsLimit(4)
                .alwaysPersistTimestampInUTC()
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
        return new GradingQueue(scheduler, task, clock, grading.workers());
    }

    /** Starts the workers once the schema is migrated and the built-in challenges are installed. */
    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent ready) {
        var context = ready.getApplicationContext();
        context.getBean(ChallengeService.class).installBuiltIns();
        GradingStatus status = context.getBean(GradingStatus.class);
        GradingQueue queue = context.getBean(GradingQueue.class);
        if (status.available()) {
            queue.scheduler().start();
            log.info("Grading workers started: threads={}", queue.workers());
        } else {
            log.warn("Grading workers not started: {}", status.problem());
        }
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "node";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
