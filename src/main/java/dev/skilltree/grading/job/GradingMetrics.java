package dev.skilltree.grading.job;

import dev.skilltree.grading.ChallengeKind;
import dev.skilltree.grading.Verdict;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * What an operator watches about grading, exported at {@code /actuator/prometheus}: the queue's depth, the time from
 * submission to verdict (a histogram), verdicts by challenge kind, and sandbox failures (never the learner's fault).
 */
final class GradingMetrics {

    private final MeterRegistry registry;
    private final Counter sandboxFailures;

    GradingMetrics(MeterRegistry registry, Supplier<Number> queued) {
        this.registry = registry;
        Gauge.builder("skilltree.grading.queue", queued)
                .description("Submissions waiting for a worker")
                .register(registry);
        this.sandboxFailures = Counter.builder("skilltree.grading.sandbox.failures")
                .description("Gradings that failed in the sandbox and were retried or given up")
                .register(registry);
    }

    /** A verdict written: counted by kind and verdict, and timed from the moment the submission was queued. */
    void verdict(ChallengeKind kind, Verdict verdict, Duration sinceQueued) {
        String kindName = kind == null ? "unknown" : kind.name().toLowerCase(java.util.Locale.ROOT);
        Counter.builder("skilltree.grading.verdicts")
                .description("Verdicts written, by challenge kind and verdict")
                .tag("kind", kindName)
                .tag("verdict", verdict.name().toLowerCase(java.util.Locale.ROOT))
                .register(registry)
                .increment();
        Timer.builder("skilltree.grading.latency")
                .description("Time from submission to verdict")
                .tag("kind", kindName)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(50))
                .maximumExpectedValue(Duration.ofMinutes(5))
                .register(registry)
                .record(sinceQueued.isNegative() ? Duration.ZERO : sinceQueued);
    }

    void sandboxFailure() {
        sandboxFailures.increment();
    }
}
