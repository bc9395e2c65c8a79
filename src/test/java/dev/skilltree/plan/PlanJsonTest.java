package dev.skilltree.plan;

import static dev.skilltree.plan.Fixtures.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanJsonTest {

    /** a (1 h) on Monday, the milestone p after it, b (2 h) on Tuesday and Wednesday. */
    private static final Plan PLAN = Fixtures.plan(
            Fixtures.hoursEveryDay(1),
            Topic.of("a", 0, 1, 1),
            Topic.milestone("p", 1, "a"),
            Topic.of("b", 2, 2, 2, "a"));

    @Test
    void writesThePlanWeekByWeekTopicByTopicAndItsMilestones() {
        Map<String, Object> json = PlanJson.of("python", PLAN, List.of(new Milestone("p", MONDAY)), Set.of("a"));

        assertThat(json)
                .containsEntry("roadmap", "python")
                .containsEntry("start", "2025-01-06")
                .containsEntry("projectedFinish", "2025-01-08")
                .containsEntry("totalHours", 3.0)
                .containsEntry("pulledIn", List.of("a"))
                .containsEntry("milestones", List.of(Map.of("node", "p", "date", "2025-01-06")))
                .doesNotContainKey("target");
        assertThat(json.get("items"))
                .isEqualTo(List.of(
                        Map.of("node", "a", "hours", 1.0, "start", "2025-01-06", "end", "2025-01-06"),
                        Map.of("node", "b", "hours", 2.0, "start", "2025-01-07", "end", "2025-01-08")));
        assertThat(json.get("weeks"))
                .isEqualTo(List.of(Map.of(
                        "monday",
                        "2025-01-06",
                        "items",
                        List.of(Map.of("node", "a", "hours", 1.0), Map.of("node", "b", "hours", 2.0)),
                        "milestones",
                        List.of(Map.of("node", "p", "date", "2025-01-06")))));
    }

    @Test
    void aPlanWithATargetSaysWhetherItIsMetAndWhatItWouldTake() {
        Plan late = Fixtures.PLANNER.plan(Fixtures.request(Fixtures.hoursEveryDay(1), Topic.of("a", 0, 10, 10))
                .withTarget(MONDAY.plusDays(4)));

        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>)
                PlanJson.of("python", late, List.of(), Set.of()).get("target");

        assertThat(target)
                .containsEntry("date", "2025-01-10")
                .containsEntry("feasible", false)
                .containsEntry("weeksLate", 1)
                .containsKeys("hoursPerWeekNeeded", "message");
        assertThat((double) target.get("hoursPerWeekNeeded")).isGreaterThan(7);
    }
}
