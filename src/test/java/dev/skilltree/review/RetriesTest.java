package dev.skilltree.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

class RetriesTest {

    @Test
    void workThatLostARaceOnTheKeyRunsOnceMore() {
        AtomicInteger runs = new AtomicInteger();

        int added = Retries.onDuplicateKey(() -> {
            if (runs.incrementAndGet() == 1) {
                throw new DuplicateKeyException("review_state primary key");
            }
            return 0;
        });

        assertThat(added).isZero();
        assertThat(runs).hasValue(2);
    }

    @Test
    void workThatSucceedsRunsOnce() {
        AtomicInteger runs = new AtomicInteger();

        assertThat(Retries.onDuplicateKey(() -> runs.incrementAndGet() * 3)).isEqualTo(3);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aSecondLossOrAnotherFailureIsNotHidden() {
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> Retries.onDuplicateKey(() -> {
                    runs.incrementAndGet();
                    throw new DuplicateKeyException("again");
                }))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(runs).hasValue(2);
        assertThatThrownBy(() -> Retries.onDuplicateKey(() -> {
                    throw new IllegalStateException("broken");
                }))
                .isInstanceOf(IllegalStateException.class);
    }
}
