package dev.skilltree.review.fsrs;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the scheduler turns memory state into due dates.
 *
 * @param desiredRetention    the recall probability at which a review card falls due, 0.70 to 0.99
 * @param learningSteps       waits between the first reviews of a new card; may be empty
 * @param relearningSteps     waits between reviews after a lapse; may be empty
 * @param maximumIntervalDays the longest interval a card can get, in days
 * @param fuzzing             whether review intervals get a little random spread
 */
public record Settings(
        double desiredRetention,
        List<Duration> learningSteps,
        List<Duration> relearningSteps,
        int maximumIntervalDays,
        boolean fuzzing) {

    public static final double MIN_DESIRED_RETENTION = 0.70;
    public static final double MAX_DESIRED_RETENTION = 0.99;

    public Settings {
        if (!(MIN_DESIRED_RETENTION <= desiredRetention && desiredRetention <= MAX_DESIRED_RETENTION)) {
            throw new IllegalArgumentException("desired retention must be between " + MIN_DESIRED_RETENTION + " and "
                    + MAX_DESIRED_RETENTION + ", got " + desiredRetention);
        }
        learningSteps = checkedSteps("learning", learningSteps);
        relearningSteps = checkedSteps("relearning", relearningSteps);
        if (maximumIntervalDays < 1) {
            throw new IllegalArgumentException("maximum interval must be at least 1 day, got " + maximumIntervalDays);
        }
    }

    /** Retention 0.9, learning steps 1 and 10 minutes, relearning step 10 minutes, at most 36,500 days, fuzz on. */
    public static Settings defaults() {
        return new Settings(
                0.9,
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                List.of(Duration.ofMinutes(10)),
                36_500,
                true);
    }

    public Settings withDesiredRetention(double retention) {
        return new Settings(retention, learningSteps, relearningSteps, maximumIntervalDays, fuzzing);
    }

    public Settings withLearningSteps(List<Duration> steps) {
        return new Settings(desiredRetention, steps, relearningSteps, maximumIntervalDays, fuzzing);
    }

    public Settings withRelearningSteps(List<Duration> steps) {
        return new Settings(desiredRetention, learningSteps, steps, maximumIntervalDays, fuzzing);
    }

    public Settings withMaximumIntervalDays(int days) {
        return new Settings(desiredRetention, learningSteps, relearningSteps, days, fuzzing);
    }

    public Settings withFuzzing(boolean enabled) {
        return new Settings(desiredRetention, learningSteps, relearningSteps, maximumIntervalDays, enabled);
    }

    // Whole seconds keep the half-step arithmetic of the Hard rating exact.
    private static List<Duration> checkedSteps(String kind, List<Duration> steps) {
        Objects.requireNonNull(steps, kind + " steps");
        for (Duration step : steps) {
            if (step == null || step.isNegative() || step.isZero() || step.getNano() != 0) {
                throw new IllegalArgumentException(kind + " steps must be positive whole seconds, got " + step);
            }
        }
        return List.copyOf(steps);
    }
}
