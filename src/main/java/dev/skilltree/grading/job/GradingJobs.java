package dev.skilltree.grading.job;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.skilltree.config.NodeRole;
import dev.skilltree.config.ScheduledWork;
import dev.skilltree.grading.ChallengeService;
import dev.skilltree.grading.GradingStatus;
import dev.skilltree.grading.SandboxSelfTest;
import dev.skilltree.grading.submission.SubmissionChanges;
import dev.skilltree.grading.submission.SubmissionRepository;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Grading runs as db-scheduler tasks in the application database (the node's one scheduler, in config), so a
 * submission and its task are written in one transaction and any node with workers may grade it; a dead node's
 * running tasks are picked up again by the others.
 */
@Configuration(proxyBeanMethods = false)
class GradingJobs {

    @Bean
    SubmissionGrading submissionGrading(
            SubmissionRepository submissions,
            ChallengeService challenges,
            GradingStatus status,
            SubmissionChanges changes,
            MeterRegistry registry,
            TransactionOperations transactions,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${skilltree.grading.workers:0}") int workers) {
        return new SubmissionGrading(
                submissions,
                challenges,
                status.grader(),
                changes,
                new GradingMetrics(registry, submissions::queued),
                transactions,
                events,
                clock,
                workers > 0 ? workers : Runtime.getRuntime().availableProcessors());
    }

    /** One task per submission; a failed run (our sandbox's fault) is retried with backoff. */
    @Bean
    OneTimeTask<Void> gradeSubmission(SubmissionGrading grading) {
        return Tasks.oneTime(SchedulerQueue.TASK)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofMillis(250), 2))
                .execute((instance, context) -> {
                    try {
                        grading.grade(
                                Long.parseLong(instance.getId()),
                                context.getExecution().consecutiveFailures,
                                context.getExecution().pickedBy);
                    } catch (InterruptedException e) {
                        // Stopped mid-run (SIGTERM past the scheduler's shutdown wait): the failure hands the task
                        // back to the queue for another node, or this one restarted. The interrupt is not set
                        // again, so that handing back can still write to the database.
                        throw new IllegalStateException("stopped while grading " + instance.getId(), e);
                    }
                });
    }

    /**
     * This node grades only when its role grades and it has Python and a sandbox; it still queues submissions for
     * the nodes that grade.
     */
    @Bean
    ScheduledWork gradingWork(
            OneTimeTask<Void> gradeSubmission, SubmissionGrading grading, GradingStatus status, NodeRole role) {
        if (!role.grades() || !status.available()) {
            return new ScheduledWork("grading", List.of(), 0);
        }
        return new ScheduledWork("grading", List.of(gradeSubmission), grading.workers());
    }

    @Bean
    SchedulerQueue gradingQueue(
            Scheduler scheduler,
            OneTimeTask<Void> gradeSubmission,
            GradingNodes nodes,
            Clock clock,
            SubmissionGrading grading) {
        return new SchedulerQueue(scheduler, gradeSubmission, nodes, clock, grading.workers());
    }

    /** Each node that grades writes a heartbeat; the admin page lists every node from them. */
    @Bean
    GradingHeartbeat gradingHeartbeat(
            GradingNodes nodes,
            GradingStatus status,
            SubmissionGrading grading,
            Clock clock,
            NodeRole role,
            @Value("${skilltree.scheduler.heartbeat-interval:2s}") Duration interval) {
        return new GradingHeartbeat(nodes, status, grading, role, interval, clock);
    }

    /** Readiness's {@code grading} part; its bean name is the indicator's. */
    @Bean
    SandboxSelfTest gradingHealthIndicator(GradingStatus status, SubmissionGrading grading, NodeRole role) {
        return new SandboxSelfTest(status, role, grading.workers());
    }

    /**
     * Installs the built-in challenges and tests the sandbox before the node reports ready and before the scheduler
     * starts taking tasks (on ApplicationReadyEvent).
     */
    @EventListener(ApplicationStartedEvent.class)
    void installBuiltIns(ApplicationStartedEvent started) {
        ChallengeService challenges = started.getApplicationContext().getBean(ChallengeService.class);
        challenges.installBuiltIns();
        started.getApplicationContext().getBean(SandboxSelfTest.class).run(challenges);
    }
}
