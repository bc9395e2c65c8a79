package dev.skilltree.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LearnerStateTest {

    @Test
    void aTopicDoneOrSkippedIsFinishedAndOneInProgressIsNot() {
        LearnerState state = new LearnerState(Set.of("done"), Set.of("learning"), Set.of("skipped"));

        assertThat(state.finished("done")).isTrue();
        assertThat(state.finished("skipped")).isTrue();
        assertThat(state.finished("learning")).isFalse();
        assertThat(state.finished("untouched")).isFalse();
    }

    @Test
    void readsMissingSetsAsEmptyAndKeepsItsOwnCopies() {
        Set<String> done = new HashSet<>(Set.of("a"));
        LearnerState state = new LearnerState(done, null, null);
        done.add("b");

        assertThat(state.done()).containsExactly("a");
        assertThat(state.inProgress()).isEmpty();
        assertThat(state.skipped()).isEmpty();
        assertThat(LearnerState.of(Set.of("a"), null)).isEqualTo(state);
        assertThat(LearnerState.empty()).isEqualTo(new LearnerState(null, null, null));
    }
}
