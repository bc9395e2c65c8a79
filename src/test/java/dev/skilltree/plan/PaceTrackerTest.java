package dev.skilltree.plan;

import static dev.skilltree.plan.Fixtures.PLANNER;
import static dev.skilltree.plan.Fixtures.hoursEveryDay;
import static dev.skilltree.plan.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaceTrackerTest {

    private static final Instant NOW = Instant.parse("2025-03-03T18:00:00Z");
    private static final PlanRequest ROADMAP = request(
                    hoursEveryDay(1),
                    Topic.of("a", 0, 3, 5),
                    Topic.of("b", 1, 6, 6),
                    Topic.of("c", 2, 2, 2),
                    Topic.of("d", 3, 10, 10, "a"),
                    Topic.of("e", 4, 4, 4))
            .withPace(1.5);

    @Test
    void measuresThePaceFromEstimatedHoursCompletedInTheLast28Days() {
        List<CompletionEvent> history = List.of(done("a", 3), done("b", 27.9), done("c", 40), done("a", 10));

        PaceReport pace = PLANNER.pace(ROADMAP, history, NOW, ZoneOffset.UTC);

        assertThat(pace.hoursPerWeek()).isEqualTo(2.5);
        assertThat(pace.remainingHours()).isEqualTo(14.0);
        // 150 min a week over seven days (22, 22, 22, 21, 21, 21, 21): 5 weeks give 750, then Mon-Fri give 108 >= 90
        assertThat(pace.projectedFinish()).hasValue(LocalDate.of(2025, 4, 11));
    }

    @Test
    void ignoresCompletionsOutsideTheWindow() {
        List<CompletionEvent> history = List.of(done("a", 28), new CompletionEvent("b", NOW.plusSeconds(60)));

        PaceReport pace = PLANNER.pace(ROADMAP, history, NOW, ZoneOffset.UTC);

        assertThat(pace.hoursPerWeek()).isZero();
        assertThat(pace.remainingHours()).isEqualTo(22.0);
        assertThat(pace.projectedFinish()).isEmpty();
    }

    @Test
    void aTopicCompletedTwiceCountsOnceAndATopicDoneBeforeCountsAsRemainingNoMore() {
        List<CompletionEvent> history = List.of(done("c", 1), done("c", 2));

        PaceReport pace = PLANNER.pace(
                ROADMAP.withState(new LearnerState(Set.of("e"), Set.of(), Set.of())), history, NOW, ZoneOffset.UTC);

        assertThat(pace.recentMinutes()).isEqualTo(120);
        assertThat(pace.hoursPerWeek()).isEqualTo(0.5);
        assertThat(pace.remainingHours()).as("a, b and d; c and e are done").isEqualTo(20.0);
    }

    private static CompletionEvent done(String topic, double daysAgo) {
        return new CompletionEvent(topic, NOW.minus(Duration.ofMinutes(Math.round(daysAgo * 24 * 60))));
    }
}
