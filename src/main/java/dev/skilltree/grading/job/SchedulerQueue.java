package dev.skilltree.grading.job;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.skilltree.grading.submission.GradingQueue;
import java.time.Clock;

/** The grading tasks in db-scheduler's table: one per submission, its instance id the submission's id. */
public final class SchedulerQueue implements GradingQueue {

    /** The task's name in db-scheduler's table. */
    public static final String TASK = "grade-submission";

    private final Scheduler scheduler;
    private final OneTimeTask<Void> task;
    private final GradingNodes nodes;
    private final Clock clock;
    private final int workers;

    SchedulerQueue(Scheduler scheduler, OneTimeTask<Void> task, GradingNodes nodes, Clock clock, int workers) {
        this.scheduler = scheduler;
        this.task = task;
        this.nodes = nodes;
        this.clock = clock;
        this.workers = workers;
    }

    /** How many submissions this node grades at once. */
    public int workers() {
        return workers;
    }

    /** Joins the caller's transaction (the scheduler's data source is transaction-aware). */
    @Override
    public void schedule(long submissionId) {
        scheduler.schedule(task.instance(Long.toString(submissionId)), clock.instant());
    }

    @Override
    public void wake() {
        scheduler.triggerCheckForDueExecutions();
    }

    @Override
    public boolean anyNodeGrades() {
        return nodes.anyGrades();
    }
}
