package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusTest {

    @Test
    void readsEveryStatusBackFromItsCode() {
        for (Status status : Status.values()) {
            assertThat(Status.fromCode(status.code())).contains(status);
        }
        assertThat(Status.LEARNING.code()).isEqualTo("learning");
    }

    @Test
    void knowsNoOtherCodes() {
        assertThat(Status.fromCode("DONE")).isEmpty();
        assertThat(Status.fromCode("finished")).isEmpty();
        assertThat(Status.fromCode(null)).isEmpty();
    }

    @Test
    void countsDoneAndSkippedAsComplete() {
        assertThat(Status.DONE.complete()).isTrue();
        assertThat(Status.SKIPPED.complete()).isTrue();
        assertThat(Status.TODO.complete()).isFalse();
        assertThat(Status.LEARNING.complete()).isFalse();
    }
}
