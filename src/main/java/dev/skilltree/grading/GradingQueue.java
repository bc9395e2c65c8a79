package dev.skilltree.grading;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Clock;

/** The grading tasks in db-scheduler's table: one per submission, its instance id the submission's id. */
final class GradingQueue {

    private final Scheduler scheduler;
    private final OneTimeTask<Void> task;
    private final Clock clock;
    private final int workers;

    GradingQueue(Scheduler scheduler, OneTimeTask<Void> task, Clock clock, int workers) {
        this.scheduler = scheduler;
        this.task = task;
        this.clock = clock;
        this.workers = workers;
    }

    int workers() {
        return workers;
    }

    /** Joins the caller's transaction (the scheduler's data source is transaction-aware). */
    void schedule(long submissionId) {
        scheduler.schedule(task.instance(Long.toString(submissionId)), clock.instant());
    }

    /** Looks for due tasks now instead of at the next poll. */
    void wake() {
        scheduler.triggerCheckForDueExecutions();
    }
}
