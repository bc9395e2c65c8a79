package dev.skilltree.grading.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a learner past the cap is told: how many wait, which ones, and when to try again. */
class TooManySubmissionsTest {

    @Test
    void tellsTheLearnerHowManyOfTheirSubmissionsWaitAndWhatToDo() {
        TooManySubmissions refused = TooManySubmissions.inFlight(List.of(11L, 12L, 15L), 4);

        assertThat(refused.getMessage())
                .isEqualTo("You have 3 submissions waiting to be graded; send this one when one of them has finished.");
        assertThat(refused.inFlight()).containsExactly(11L, 12L, 15L);
        assertThat(refused.retryAfterSeconds()).isEqualTo(4);
    }

    @Test
    void speaksOfOneSubmissionInTheSingular() {
        assertThat(TooManySubmissions.inFlight(List.of(7L), 2).getMessage())
                .isEqualTo("You have a submission waiting to be graded; send this one when it has finished.");
    }

    @Test
    void neverAsksTheLearnerToRetryInLessThanASecond() {
        assertThat(TooManySubmissions.inFlight(List.of(1L), 0).retryAfterSeconds())
                .isEqualTo(1);
        assertThat(TooManySubmissions.inFlight(List.of(1L), -3).retryAfterSeconds())
                .isEqualTo(1);
    }

    @Test
    void keepsTheSubmissionsInFlightAsTheyWereWhenRefused() {
        List<Long> ids = new ArrayList<>(List.of(1L, 2L));
        TooManySubmissions refused = TooManySubmissions.inFlight(ids, 3);

        ids.add(3L);

        assertThat(refused.inFlight()).containsExactly(1L, 2L);
        assertThat(refused.getMessage()).startsWith("You have 2 submissions waiting");
    }
}
