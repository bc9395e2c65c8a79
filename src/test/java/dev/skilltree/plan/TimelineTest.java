package dev.skilltree.plan;

import static dev.skilltree.plan.Fixtures.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void aTopicBiggerThanADayCarriesOverToTheNextStudyDays() {
        Timeline timeline = new Timeline(MONDAY, Fixtures.hoursEveryDay(1), Set.of());

        PlanItem item = timeline.place("big", 150);

        assertThat(item).isEqualTo(new PlanItem("big", 150, MONDAY, MONDAY.plusDays(2)));
        assertThat(timeline.blocks())
                .containsExactly(
                        new StudyBlock(MONDAY, "big", 60),
                        new StudyBlock(MONDAY.plusDays(1), "big", 60),
                        new StudyBlock(MONDAY.plusDays(2), "big", 30));
    }

    @Test
    void theNextTopicStartsInWhatIsLeftOfTheDay() {
        Timeline timeline = new Timeline(MONDAY, Fixtures.hoursEveryDay(1), Set.of());
        timeline.place("first", 90);

        PlanItem second = timeline.place("second", 60);

        assertThat(second.start()).isEqualTo(MONDAY.plusDays(1));
        assertThat(timeline.blocks())
                .endsWith(
                        new StudyBlock(MONDAY.plusDays(1), "second", 30),
                        new StudyBlock(MONDAY.plusDays(2), "second", 30));
        assertThat(timeline.lastFinish()).isEqualTo(MONDAY.plusDays(2));
    }

    @Test
    void daysOffAndWeekdaysWithoutHoursGetNothing() {
        Timeline timeline = new Timeline(MONDAY, Fixtures.weekdays(), Set.of(MONDAY.plusDays(1)));

        timeline.place("topic", 300);

        assertThat(timeline.blocks())
                .extracting(StudyBlock::date)
                .containsExactly(
                        MONDAY, MONDAY.plusDays(2), MONDAY.plusDays(3), MONDAY.plusDays(4), MONDAY.plusDays(7));
    }

    @Test
    void aStartOnADayOffBeginsOnTheNextStudyDay() {
        Timeline timeline = new Timeline(MONDAY.minusDays(1), Fixtures.weekdaysAndSaturday(), Set.of());

        assertThat(timeline.place("topic", 30).start())
                .as("Sunday has no hours")
                .isEqualTo(MONDAY);
    }

    @Test
    void aTopicWithoutMinutesTakesNoTimeAndSitsWhereThePreviousFinished() {
        Timeline timeline = new Timeline(MONDAY, Fixtures.hoursEveryDay(1), Set.of());
        timeline.place("before", 120);

        PlanItem milestone = timeline.place("milestone", 0);

        assertThat(milestone).isEqualTo(new PlanItem("milestone", 0, MONDAY.plusDays(1), MONDAY.plusDays(1)));
        assertThat(timeline.blocks()).hasSize(2);
    }

    @Test
    void beforeAnyTopicTheLastFinishIsTheStart() {
        assertThat(new Timeline(MONDAY, Fixtures.hoursEveryDay(1), Set.of()).lastFinish())
                .isEqualTo(MONDAY);
    }

    @Test
    void refusesToRunPastTenYears() {
        Timeline timeline = new Timeline(MONDAY, StudyWeek.hoursPerDay(Map.of(DayOfWeek.MONDAY, 0.5)), Set.of());

        assertThatThrownBy(() -> timeline.place("endless", 30L * 600))
                .isInstanceOfSatisfying(
                        InvalidPlan.class, e -> assertThat(e.field()).isEqualTo("hoursPerWeek"))
                .hasMessageContaining("past 10 years");
    }
}
