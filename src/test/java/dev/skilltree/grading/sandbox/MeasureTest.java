package dev.skilltree.grading.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The measuring supervisor's report (see measure.py), read from lines written by hand. */
class MeasureTest {

    @Test
    void readsTheExitTimesAndPeakMemoryOfTheReport() {
        String report =
                "{\"t\": \"measure\", \"exit\": 0, \"wall_ms\": 41.5, \"cpu_ms\": 38.25, \"maxrss_kb\": 9312}\n";

        assertThat(Measure.parse(report)).isEqualTo(new Measure(0, 41.5, 38.25, 9312));
    }

    @Test
    void aProgramKilledByASignalHasANegativeExit() {
        assertThat(Measure.parse("{\"t\": \"measure\", \"exit\": -9, \"wall_ms\": 1, \"cpu_ms\": 1, \"maxrss_kb\": 1}")
                        .exit())
                .isEqualTo(-9);
    }

    @Test
    void linesThatAreNotTheMeasureAreSkipped() {
        String report = String.join(
                "\n",
                "skilltree: noise",
                "{\"t\": \"start\"}",
                "[\"measure\"]",
                "{\"t\": \"measure\", \"exit\": 3, \"wall_ms\": 2, \"cpu_ms\": 1, \"maxrss_kb\": 8000}");

        assertThat(Measure.parse(report)).isEqualTo(new Measure(3, 2, 1, 8000));
    }

    @Test
    void thereIsNoMeasureWhenTheSupervisorWasStoppedBeforeItReported() {
        assertThat(Measure.parse("")).isNull();
        assertThat(Measure.parse("{\"t\": \"measure\", \"exit\": 0, \"wall_")).isNull();
    }
}
