package dev.skilltree.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.skilltree.progress.Status;
import org.junit.jupiter.api.Test;

class MasteryTest {

    @Test
    void aTopicOnlyMarkedDoneIsFullyHeldByItsStatus() {
        assertThat(Mastery.of(Status.DONE, null, null).value()).isEqualTo(1.0);
        assertThat(Mastery.of(Status.LEARNING, null, null).value()).isEqualTo(0.5);
        assertThat(Mastery.of(Status.TODO, null, null).value()).isZero();
    }

    @Test
    void anUnpassedChallengeAndFadingRecallPullADoneTopicDown() {
        assertThat(Mastery.of(Status.DONE, false, null).value()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(Mastery.of(Status.DONE, true, 0.6).value()).isCloseTo(3.6 / 4, within(1e-9));
        assertThat(Mastery.of(Status.SKIPPED, false, 0.2).value()).isCloseTo(2.2 / 4, within(1e-9));
    }

    @Test
    void recallAloneCountsForATopicStillToDo() {
        assertThat(Mastery.of(Status.TODO, null, 0.9).value()).isCloseTo(0.3, within(1e-9));
    }
}
