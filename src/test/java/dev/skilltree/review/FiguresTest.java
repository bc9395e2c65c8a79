package dev.skilltree.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.review.fsrs.Rating;
import dev.skilltree.review.fsrs.State;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void countsAReviewOnTheDayOfTheLearnersZoneAndSkipsOnesOutsideTheThirtyDays() {
        List<ReviewRepository.Logged> logs = List.of(
                log("2026-11-30T23:30:00Z", Rating.GOOD, State.REVIEW), // 07:30 on Dec 1 in Shanghai
                log("2026-11-30T15:59:00Z", Rating.AGAIN, State.REVIEW), // 23:59 on Nov 30
                log("2026-12-01T16:00:00Z", Rating.GOOD, State.LEARNING), // tomorrow there: another node's clock
                log("2026-10-01T00:00:00Z", Rating.GOOD, State.REVIEW));

        ReviewStats stats = Figures.of(List.of(), logs, TODAY, SHANGHAI);

        assertThat(stats.reviewsPerDay().getLast()).isEqualTo(new ReviewStats.Day(TODAY, 1));
        assertThat(stats.reviewsPerDay().get(28)).isEqualTo(new ReviewStats.Day(TODAY.minusDays(1), 1));
        assertThat(stats.retention()).isEqualTo(new ReviewStats.Retention(2, 1, 0.5));
    }

    @Test
    void forecastsOverdueCardsForTodayAndNewCardsByState() {
        var overdue = new dev.skilltree.review.fsrs.Card(
                State.REVIEW,
                null,
                5.0,
                5.0,
                Instant.parse("2026-11-20T00:00:00Z"),
                Instant.parse("2026-11-15T00:00:00Z"));
        var fresh = dev.skilltree.review.fsrs.Card.newCard(Instant.parse("2026-12-01T01:00:00Z"));
        var later = new dev.skilltree.review.fsrs.Card(
                State.REVIEW,
                null,
                9.0,
                5.0,
                Instant.parse("2026-12-03T02:00:00Z"),
                Instant.parse("2026-11-25T00:00:00Z"));

        ReviewStats stats = Figures.of(List.of(overdue, fresh, later), List.of(), TODAY, SHANGHAI);

        assertThat(stats.dueToday()).isEqualTo(2);
        assertThat(stats.forecast().get(2)).isEqualTo(new ReviewStats.Day(TODAY.plusDays(2), 1));
        assertThat(stats.byState()).containsEntry("new", 1).containsEntry("review", 2);
        assertThat(stats.retention().rate()).isNull();
    }

    private static ReviewRepository.Logged log(String at, Rating rating, State before) {
        return new ReviewRepository.Logged(Instant.parse(at), rating, before, false);
    }
}
