package dev.skilltree.review.fsrs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The 21 FSRS-6 model weights w0..w20. The last one, w20, is the decay of the forgetting curve.
 * Each weight must lie within the bounds py-fsrs 6.3.1 enforces.
 */
public record Parameters(double[] weights) {

    public static final int COUNT = 21;

    private static final double[] DEFAULTS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,
        1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    };

    private static final double[] LOWER_BOUNDS = {
        0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0,
        0.0, 0.0, 0.1,
    };

    private static final double[] UPPER_BOUNDS = {
        100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8,
        0.8,
    };

    public Parameters {
        Objects.requireNonNull(weights, "weights");
        if (weights.length != COUNT) {
            throw new IllegalArgumentException("FSRS-6 takes " + COUNT + " parameters, got " + weights.length);
        }
        List<String> outOfBounds = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            if (!(LOWER_BOUNDS[i] <= weights[i] && weights[i] <= UPPER_BOUNDS[i])) {
                outOfBounds.add("w" + i + " = " + weights[i] + " is outside [" + LOWER_BOUNDS[i] + ", "
                        + UPPER_BOUNDS[i] + "]");
            }
        }
        if (!outOfBounds.isEmpty()) {
            throw new IllegalArgumentException("FSRS parameters out of bounds: " + String.join("; ", outOfBounds));
        }
        weights = weights.clone();
    }

    public static Parameters defaults() {
        return new Parameters(DEFAULTS);
    }

    public static Parameters of(double... weights) {
        return new Parameters(weights);
    }

    public double w(int index) {
        return weights[index];
    }

    /** The decay w20 (positive; the forgetting curve uses its negation as exponent). */
    public double decay() {
        return weights[20];
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Parameters that && Arrays.equals(weights, that.weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "Parameters" + Arrays.toString(weights);
    }
}
