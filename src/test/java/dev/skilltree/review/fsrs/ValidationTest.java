package dev.skilltree.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {

    private static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void defaultsAreTheFsrs6Weights() {
        assertThat(Parameters.defaults().weights())
                .containsExactly(
                        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
                        0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);
        assertThat(Parameters.defaults().decay()).isEqualTo(0.1542);
    }

    @Test
    void rejectsTheWrongNumberOfParameters() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Parameters.of(new double[19]))
                .withMessage("FSRS-6 takes 21 parameters, got 19");
    }

    @Test
    void namesEveryParameterOutOfBounds() {
        double[] weights = Parameters.defaults().weights();
        weights[4] = 11.0;
        weights[20] = Double.NaN;

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Parameters.of(weights))
                .withMessage("FSRS parameters out of bounds: w4 = 11.0 is outside [1.0, 10.0]; "
                        + "w20 = NaN is outside [0.1, 0.8]");
    }

    @Test
    void parametersAreCopiedInAndOut() {
        double[] weights = Parameters.defaults().weights();
        Parameters parameters = Parameters.of(weights);
        weights[0] = 99;
        parameters.weights()[1] = 99;

        assertThat(parameters).isEqualTo(Parameters.defaults());
    }

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
    void rejectsInconsistentCards() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Card(State.REVIEW, 0, 1.0, 5.0, NOW, NOW))
                .withMessage("a card in review has no step, got step 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Card(State.RELEARNING, null, 1.0, 5.0, NOW, NOW))
                .withMessage("a RELEARNING card needs a step of 0 or more, got null");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Card(State.LEARNING, 0, 1.0, null, NOW, NOW))
                .withMessage("stability and difficulty are set together or not at all");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Card(State.REVIEW, null, null, null, NOW, null))
                .withMessage("a REVIEW card needs a stability and a difficulty");
    }

    @Test
    void ratingsAndStatesRoundTripThroughTheirNumbers() {
        for (Rating rating : Rating.values()) {
            assertThat(Rating.ofGrade(rating.grade())).isEqualTo(rating);
        }
        for (State state : State.values()) {
            assertThat(State.ofCode(state.code())).isEqualTo(state);
        }
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Rating.ofGrade(0))
                .withMessage("a rating grade is 1 (again) to 4 (easy), got 0");
    }
}
