package dev.skilltree.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void acceptsDesiredRetentionFromSeventyToNinetyNinePercent() {
        assertThat(Settings.defaults().withDesiredRetention(0.70).desiredRetention())
                .isEqualTo(0.70);
        assertThat(Settings.defaults().withDesiredRetention(0.99).desiredRetention())
                .isEqualTo(0.99);
    }

    @Test
    void rejectsDesiredRetentionOutsideSeventyToNinetyNinePercent() {
        for (double retention : new double[] {0.69, 0.995, 1.0, 0.0, Double.NaN}) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Settings.defaults().withDesiredRetention(retention))
                    .withMessage("desired retention must be between 0.7 and 0.99, got " + retention);
        }
    }

    @Test
    void rejectsStepsThatAreNotPositiveWholeSeconds() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Settings.defaults().withLearningSteps(List.of(Duration.ZERO)))
                .withMessage("learning steps must be positive whole seconds, got PT0S");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Settings.defaults().withRelearningSteps(List.of(Duration.ofMillis(1500))))
                .withMessage("relearning steps must be positive whole seconds, got PT1.5S");
    }

    @Test
    void rejectsAMaximumIntervalBelowOneDay() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Settings.defaults().withMaximumIntervalDays(0))
                .withMessage("maximum interval must be at least 1 day, got 0");
    }

    @Test
    void defaultsToNinetyPercentOneAndTenMinuteStepsAHundredYearsAndFuzz() {
        assertThat(Settings.defaults())
                .isEqualTo(new Settings(
                        0.9,
                        List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                        List.of(Duration.ofMinutes(10)),
                        36_500,
                        true));
    }

    @Test
    void eachChangeKeepsTheOtherSettings() {
        Settings changed = Settings.defaults()
                .withDesiredRetention(0.8)
                .withLearningSteps(List.of())
                .withRelearningSteps(List.of(Duration.ofMinutes(5), Duration.ofMinutes(30)))
                .withMaximumIntervalDays(365)
                .withFuzzing(false);

        assertThat(changed)
                .isEqualTo(new Settings(
                        0.8, List.of(), List.of(Duration.ofMinutes(5), Duration.ofMinutes(30)), 365, false));
    }

    @Test
    void rejectsMissingStepsAndNegativeOnes() {
        assertThatNullPointerException()
                .isThrownBy(() -> Settings.defaults().withLearningSteps(null))
                .withMessage("learning steps");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Settings.defaults().withRelearningSteps(List.of(Duration.ofMinutes(-1))))
                .withMessage("relearning steps must be positive whole seconds, got PT-1M");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Settings.defaults().withLearningSteps(java.util.Arrays.asList((Duration) null)))
                .withMessage("learning steps must be positive whole seconds, got null");
    }
}
