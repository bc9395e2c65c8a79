package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LimitsTest {

    @Test
    void givesEveryRunTwoCpuSecondsFiveSeconds256MbSixteenProcessesAnd64KbOfOutput() {
        assertThat(Limits.DEFAULT).isEqualTo(new Limits(2, 5, 256, 16, 64));
    }

    @Test
    void refusesALimitBelowOne() {
        assertThatThrownBy(() -> new Limits(0, 5, 256, 16, 64)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limits(2, 0, 256, 16, 64)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limits(2, 5, 256, 0, 64)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limits(2, 5, 256, 16, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesLessThan32MbOfMemory() {
        assertThatThrownBy(() -> new Limits(2, 5, 31, 16, 64))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("memory at least 32 MB");
        assertThatCode(() -> new Limits(1, 1, 32, 1, 1)).doesNotThrowAnyException();
    }
}
