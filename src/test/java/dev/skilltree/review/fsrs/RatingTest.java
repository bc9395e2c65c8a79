package dev.skilltree.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class RatingTest {

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

    @Test
    void readsARatingByItsNameInAnyCaseAndGivesItsCode() {
        assertThat(Rating.parse("good")).hasValue(Rating.GOOD);
        assertThat(Rating.parse(" Easy ")).hasValue(Rating.EASY);
        assertThat(Rating.parse("AGAIN")).hasValue(Rating.AGAIN);
        assertThat(Rating.parse("perfect")).isEmpty();
        assertThat(Rating.parse(null)).isEmpty();
        assertThat(Rating.HARD.code()).isEqualTo("hard");
        assertThat(Rating.values()).extracting(Rating::grade).containsExactly(1, 2, 3, 4);
    }

    @Test
    void rejectsAGradeAboveEasyAndAStateCodeItDoesNotKnow() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Rating.ofGrade(5))
                .withMessage("a rating grade is 1 (again) to 4 (easy), got 5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> State.ofCode(0))
                .withMessage("a card state code is 1 (learning), 2 (review) or 3 (relearning), got 0");
    }
}
