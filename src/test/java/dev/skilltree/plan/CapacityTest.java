package dev.skilltree.plan;

import static dev.skilltree.plan.Fixtures.MONDAY;
import static dev.skilltree.plan.Fixtures.PLANNER;
import static dev.skilltree.plan.Fixtures.hoursEveryDay;
import static dev.skilltree.plan.Fixtures.plan;
import static dev.skilltree.plan.Fixtures.request;
import static dev.skilltree.plan.Fixtures.weekdaysAndSaturday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CapacityTest {

    @Test
    void neverExceedsTheCapacityOfAnyDayOrWeek() {
        List<Topic> topics = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            topics.add(Topic.of(
                    "t" + i,
                    i,
                    0.25 * (i % 7),
                    0.25 * (i % 7) + 0.5 * (i % 5),
                    i > 2 ? new String[] {"t" + (i - 3)} : new String[0]));
        }
        PlanRequest request = PlanRequest.of(topics, weekdaysAndSaturday(), MONDAY.plusDays(3))
                .withDaysOff(Set.of(MONDAY.plusDays(9), MONDAY.plusDays(10)));

        PlanChecks.assertCapacityHolds(request, PLANNER.plan(request));
    }

    @Test
    void continuesATopicBiggerThanTheWeekOnTheNextStudyDays() {
        PlanRequest request =
                PlanRequest.of(List.of(Topic.of("big", 0, 8, 12)), weekdaysAndSaturday(), MONDAY.plusDays(3));
        Plan plan = PLANNER.plan(request);

        assertThat(plan.blocks())
                .extracting(StudyBlock::date, StudyBlock::hours)
                .containsExactly(
                        tuple(MONDAY.plusDays(3), 1.0),
                        tuple(MONDAY.plusDays(4), 1.0),
                        tuple(MONDAY.plusDays(5), 4.0),
                        tuple(MONDAY.plusDays(7), 1.0),
                        tuple(MONDAY.plusDays(8), 1.0),
                        tuple(MONDAY.plusDays(9), 1.0),
                        tuple(MONDAY.plusDays(10), 1.0));
        assertThat(plan.item("big").orElseThrow())
                .isEqualTo(new PlanItem("big", 600, MONDAY.plusDays(3), MONDAY.plusDays(10)));
        assertThat(plan.weeks())
                .extracting(PlanWeek::monday, PlanWeek::hours)
                .containsExactly(tuple(MONDAY, 6.0), tuple(MONDAY.plusWeeks(1), 4.0));
        assertThat(plan.projectedFinish()).isEqualTo(MONDAY.plusDays(10));
    }

    @Test
    void givesNothingToDaysOff() {
        LocalDate tuesday = MONDAY.plusDays(1);
        PlanRequest request = request(hoursEveryDay(1), Topic.of("a", 0, 3, 3)).withDaysOff(Set.of(tuesday));
        Plan plan = PLANNER.plan(request);

        assertThat(plan.blocks())
                .extracting(StudyBlock::date)
                .containsExactly(MONDAY, MONDAY.plusDays(2), MONDAY.plusDays(3));
    }

    @Test
    void givesNothingToWeekdaysWithoutHours() {
        Plan plan = plan(weekdaysAndSaturday(), Topic.of("a", 0, 10, 10));

        assertThat(plan.blocks()).extracting(b -> b.date().getDayOfWeek()).doesNotContain(DayOfWeek.SUNDAY);
    }

    @Test
    void keepsAWeekOfHolidaysAsAnEmptyWeek() {
        Set<LocalDate> holiday =
                Set.copyOf(MONDAY.plusWeeks(1).datesUntil(MONDAY.plusWeeks(2)).toList());
        Plan plan =
                PLANNER.plan(request(hoursEveryDay(1), Topic.of("a", 0, 10, 10)).withDaysOff(holiday));

        assertThat(plan.weeks()).extracting(PlanWeek::hours).containsExactly(7.0, 0.0, 3.0);
        assertThat(plan.projectedFinish()).isEqualTo(MONDAY.plusDays(16));
    }
}
