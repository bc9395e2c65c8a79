package dev.skilltree.config;

import com.github.kagkarlsson.scheduler.task.Task;
import java.util.List;

/**
 * What one module runs in the shared task scheduler on this node: its tasks, and how many threads they need here.
 * A module that cannot run its tasks on this node (grading without a sandbox) contributes none; it may still
 * schedule them, for another node to run.
 */
public record ScheduledWork(String module, List<Task<?>> tasks, int threads) {

    public ScheduledWork {
        tasks = List.copyOf(tasks);
        if (threads < 0) {
            throw new IllegalArgumentException("threads must not be negative: " + threads);
        }
    }
}
