package dev.skilltree.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CardTest {

    private static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");

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
    void aNewCardIsLearningFromTheFirstStepWithoutAMemoryState() {
        Card card = Card.newCard(NOW);

        assertThat(card).isEqualTo(new Card(State.LEARNING, 0, null, null, NOW, null));
        assertThat(card.hasMemoryState()).isFalse();
        assertThat(new Card(State.REVIEW, null, 3.0, 5.0, NOW, NOW).hasMemoryState())
                .isTrue();
    }

    @Test
    void rejectsACardWithoutAStateOrADueTime() {
        assertThatNullPointerException()
                .isThrownBy(() -> new Card(null, 0, null, null, NOW, null))
                .withMessage("state");
        assertThatNullPointerException()
                .isThrownBy(() -> new Card(State.LEARNING, 0, null, null, null, null))
                .withMessage("due");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Card(State.LEARNING, -1, null, null, NOW, null))
                .withMessage("a LEARNING card needs a step of 0 or more, got -1");
    }
}
