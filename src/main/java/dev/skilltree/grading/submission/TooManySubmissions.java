package dev.skilltree.grading.submission;

import java.util.List;

/** The learner already has as many submissions in flight as one learner may; nothing was written. */
public class TooManySubmissions extends RuntimeException {

    private final List<Long> inFlight;
    private final long retryAfterSeconds;

    private TooManySubmissions(List<Long> inFlight, long retryAfterSeconds) {
        super(
                inFlight.size() == 1
                        ? "You have a submission waiting to be graded; send this one when it has finished."
                        : "You have " + inFlight.size()
                                + " submissions waiting to be graded; send this one when one of them"
                                + " has finished.");
        this.inFlight = List.copyOf(inFlight);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static TooManySubmissions inFlight(List<Long> ids, long retryAfterSeconds) {
        return new TooManySubmissions(ids, Math.max(1, retryAfterSeconds));
    }

    /** The ids of the learner's submissions queued or being graded, oldest first. */
    public List<Long> inFlight() {
        return inFlight;
    }

    /** When the oldest of them will have finished at the latest, in whole seconds, at least 1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
