package dev.skilltree.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanSettingsTest {

    @Test
    void fillsInWhatALearnerLeavesOut() {
        PlanSettings settings = new PlanSettings("python", null, null, 8.0, null, null, null, null, null);

        assertThat(settings.tracks()).isEmpty();
        assertThat(settings.goals()).isEmpty();
        assertThat(settings.daysOff()).isEmpty();
        assertThat(settings.pace()).isEqualTo(1.0);
        assertThat(settings.hoursPerDay()).isNull();
        assertThat(settings.week().weeklyMinutes()).isEqualTo(480);
    }

    @Test
    void readsWeekdaysByTheirFirstThreeLettersOrMoreInAnyCase() {
        PlanSettings settings = perDay(Map.of("Saturday", 4.0, "sun", 2.0, "WED", 1.0));

        assertThat(settings.hoursPerDay()).isEqualTo(Map.of("sat", 4.0, "sun", 2.0, "wed", 1.0));
        assertThat(settings.week().minutes(DayOfWeek.SATURDAY)).isEqualTo(240);
        assertThat(settings.week().minutes(DayOfWeek.MONDAY)).isZero();
        assertThat(settings.week().weeklyMinutes()).isEqualTo(420);
    }

    @Test
    void refusesADayThatIsNotAWeekdayOrIsNamedTwiceNamingIt() {
        Map<String, Double> twice = new LinkedHashMap<>();
        twice.put("mon", 1.0);
        twice.put("monday", 2.0);

        assertThatThrownBy(() -> perDay(Map.of("funday", 1.0)))
                .isInstanceOfSatisfying(
                        InvalidPlan.class, e -> assertThat(e.field()).isEqualTo("hoursPerDay.funday"))
                .hasMessageContaining("is not a weekday");
        assertThatThrownBy(() -> perDay(Map.of("mo", 1.0)))
                .isInstanceOfSatisfying(
                        InvalidPlan.class, e -> assertThat(e.field()).isEqualTo("hoursPerDay.mo"));
        assertThatThrownBy(() -> perDay(twice))
                .isInstanceOfSatisfying(
                        InvalidPlan.class, e -> assertThat(e.field()).isEqualTo("hoursPerDay.monday"))
                .hasMessageContaining("names mon a second time");
    }

    @Test
    void refusesSettingsWithoutARoadmapOrAnyHours() {
        assertThatThrownBy(() -> new PlanSettings(" ", null, null, 8.0, null, null, null, null, null))
                .isInstanceOfSatisfying(
                        InvalidPlan.class, e -> assertThat(e.field()).isEqualTo("roadmap"));
        assertThatThrownBy(() -> new PlanSettings("python", null, null, null, Map.of(), null, null, null, null))
                .isInstanceOfSatisfying(
                        InvalidPlan.class, e -> assertThat(e.field()).isEqualTo("hoursPerWeek"));
    }

    @Test
    void hoursPerWeekdayWinOverHoursPerWeek() {
        PlanSettings settings =
                new PlanSettings("python", List.of("web"), null, 20.0, Map.of("sat", 3.0), null, null, null, null);

        assertThat(settings.week().weeklyMinutes()).isEqualTo(180);
    }

    private static PlanSettings perDay(Map<String, Double> hours) {
        return new PlanSettings("python", null, null, null, hours, null, null, null, null);
    }
}
