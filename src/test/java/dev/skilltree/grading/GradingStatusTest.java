package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GradingStatusTest {

    @Test
    void explainsAMissingPythonInsteadOfFailing() {
        GradingStatus status = GradingStatus.check("/nonexistent/python3", "auto");

        assertThat(status.available()).isFalse();
        assertThat(status.problem()).contains("no Python found as '/nonexistent/python3'", "skilltree.grading.python");
    }

    @Test
    void refusesAnUnknownIsolationSetting() {
        assertThat(GradingStatus.check("python3", "sometimes").problem())
                .isEqualTo("skilltree.grading.isolation must be auto or required, not 'sometimes'");
    }

    @Test
    void resolvesTheRealPythonExecutableAndItsVersion() {
        GradingStatus status = GradingStatus.check("python3", "auto");

        assertThat(status.available()).isTrue();
        assertThat(status.python().executable().toString()).doesNotContain("shims");
        assertThat(status.python().major()).isEqualTo(3);
        assertThat(status.python().minor()).isGreaterThanOrEqualTo(10);
    }
}
