package dev.skilltree.grading;

import java.time.Instant;
import java.util.List;

/**
 * The grading queue as an admin or mentor sees it: how many submissions wait for a worker and how many are being
 * graded (on every node), and, per learner they may see, the oldest of that learner's submissions in flight.
 */
public record QueueOverview(long queued, long running, List<Learner> learners) {

    public QueueOverview {
        learners = List.copyOf(learners);
    }

    /** One learner's oldest submission in flight, and how many they have in flight in all. */
    public record Learner(
            String learner, long submission, String challenge, Instant waitingSince, boolean running, int inFlight) {}
}
