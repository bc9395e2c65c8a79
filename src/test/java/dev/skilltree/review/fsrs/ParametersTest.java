package dev.skilltree.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class ParametersTest {

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
    void readsEachWeightByItsIndex() {
        Parameters parameters = Parameters.defaults();

        assertThat(parameters.w(0)).isEqualTo(0.212);
        assertThat(parameters.w(20)).isEqualTo(parameters.decay());
        assertThat(Parameters.of(parameters.weights())).hasSameHashCodeAs(parameters);
        assertThat(parameters.toString()).startsWith("Parameters[0.212, 1.2931");
        assertThatNullPointerException().isThrownBy(() -> new Parameters(null)).withMessage("weights");
    }
}
