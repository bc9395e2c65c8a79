package dev.skilltree.grading.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.grading.ChallengeKind;
import dev.skilltree.grading.Verdict;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The figures an operator reads about grading, by the names and tags the metrics endpoint exports. */
class GradingMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicLong queued = new AtomicLong();
    private final GradingMetrics metrics = new GradingMetrics(registry, queued::get);

    @Test
    void theQueueGaugeReadsTheQueueEachTimeItIsScraped() {
        queued.set(4);
        assertThat(registry.get("skilltree.grading.queue").gauge().value()).isEqualTo(4);

        queued.set(0);
        assertThat(registry.get("skilltree.grading.queue").gauge().value()).isZero();
    }

    @Test
    void countsVerdictsByKindAndVerdictInLowerCase() {
        metrics.verdict(ChallengeKind.UNIT, Verdict.PASSED, Duration.ofSeconds(1));
        metrics.verdict(ChallengeKind.UNIT, Verdict.PASSED, Duration.ofSeconds(2));
        metrics.verdict(ChallengeKind.UNIT, Verdict.TIME_LIMIT, Duration.ofSeconds(5));

        assertThat(verdicts("unit", "passed")).isEqualTo(2);
        assertThat(verdicts("unit", "time_limit")).isEqualTo(1);
    }

    @Test
    void timesEachVerdictFromTheQueueByKindOnAHistogram() {
        metrics.verdict(ChallengeKind.UNIT, Verdict.FAILED, Duration.ofMillis(1500));
        metrics.verdict(ChallengeKind.UNIT, Verdict.PASSED, Duration.ofMillis(500));

        Timer latency =
                registry.get("skilltree.grading.latency").tags("kind", "unit").timer();
        assertThat(latency.count()).isEqualTo(2);
        assertThat(latency.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(2000);
        PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new GradingMetrics(prometheus, queued::get).verdict(ChallengeKind.UNIT, Verdict.PASSED, Duration.ofSeconds(3));
        assertThat(prometheus.scrape())
                .as("the buckets Prometheus computes percentiles from")
                .containsPattern("skilltree_grading_latency_seconds_bucket\\{kind=\"unit\",le=\"[0-9.]+\"} 0")
                .containsPattern("skilltree_grading_latency_seconds_bucket\\{kind=\"unit\",le=\"[0-9.]+\"} 1")
                .contains("skilltree_grading_latency_seconds_count{kind=\"unit\"} 1");
    }

    @Test
    void aVerdictForAChallengeNoLongerThereCountsAsUnknownKind() {
        metrics.verdict(null, Verdict.SANDBOX_ERROR, Duration.ofMillis(10));

        assertThat(verdicts("unknown", "sandbox_error")).isEqualTo(1);
    }

    @Test
    void aVerdictStampedBeforeItsQueueTimeIsTimedAsZeroNotNegative() {
        metrics.verdict(ChallengeKind.UNIT, Verdict.PASSED, Duration.ofSeconds(-3));

        Timer latency =
                registry.get("skilltree.grading.latency").tags("kind", "unit").timer();
        assertThat(latency.count()).isEqualTo(1);
        assertThat(latency.totalTime(TimeUnit.MILLISECONDS)).isZero();
    }

    @Test
    void countsSandboxFailuresApartFromVerdicts() {
        metrics.sandboxFailure();
        metrics.sandboxFailure();

        assertThat(registry.get("skilltree.grading.sandbox.failures").counter().count())
                .isEqualTo(2);
        assertThat(registry.find("skilltree.grading.verdicts").counters()).isEmpty();
    }

    private double verdicts(String kind, String verdict) {
        return registry.get("skilltree.grading.verdicts")
                .tags("kind", kind, "verdict", verdict)
                .counter()
                .count();
    }
}
