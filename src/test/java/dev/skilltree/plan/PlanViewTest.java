package dev.skilltree.plan;

import static dev.skilltree.plan.Fixtures.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanViewTest {

    /** An hour a day: syntax (3 h) and types (2 h) and 2 h more in the first week, 15 h in all. */
    private static final Plan PLAN = SmallRoadmap.plan(7);

    @Test
    void thisWeekIsThePlansWeekHoldingToday() {
        assertThat(SmallRoadmap.view(PLAN, Set.of(), MONDAY.plusDays(9)).thisWeek())
                .map(PlanWeek::monday)
                .hasValue(MONDAY.plusDays(7));
        assertThat(SmallRoadmap.view(PLAN, Set.of(), MONDAY.plusDays(6)).thisWeek())
                .map(PlanWeek::monday)
                .hasValue(MONDAY);
    }

    @Test
    void beforeItStartsAPlanHasNoWeekOfToday() {
        PlanView before = SmallRoadmap.view(PLAN, Set.of(), MONDAY.minusDays(1));
        PlanView after =
                SmallRoadmap.view(PLAN, Set.of(), PLAN.projectedFinish().plusWeeks(1));

        assertThat(before.notStarted()).isTrue();
        assertThat(before.thisWeek()).isEmpty();
        assertThat(before.hoursLeftThisWeek()).isZero();
        assertThat(after.notStarted()).isFalse();
        assertThat(after.thisWeek()).isEmpty();
    }

    @Test
    void countsThisWeeksHoursDoneAndLeft() {
        PlanView view = SmallRoadmap.view(PLAN, Set.of("syntax"), MONDAY.plusDays(2));

        assertThat(view.hoursDoneThisWeek()).isEqualTo(3.0);
        assertThat(view.hoursLeftThisWeek()).isEqualTo(4.0);
    }

    @Test
    void theNextMilestoneIsTheFirstNotYetComplete() {
        List<Milestone> milestones = SmallRoadmap.view(PLAN, Set.of(), MONDAY).milestones();
        String first = milestones.get(0).topicId();

        assertThat(milestones).extracting(Milestone::topicId).containsExactlyInAnyOrder("quiz", "homepage");
        assertThat(SmallRoadmap.view(PLAN, Set.of(), MONDAY).nextMilestone()).hasValue(milestones.get(0));
        assertThat(SmallRoadmap.view(PLAN, Set.of(first), MONDAY).nextMilestone())
                .hasValue(milestones.get(1));
        assertThat(SmallRoadmap.view(PLAN, Set.of("quiz", "homepage"), MONDAY).nextMilestone())
                .isEmpty();
    }

    @Test
    void namesATopicInTheLanguageAskedOrByItsIdWhenTheRoadmapLacksIt() {
        PlanView view = SmallRoadmap.view(PLAN, Set.of("types"), MONDAY);

        assertThat(view.title("syntax", "zh")).isEqualTo("语法");
        assertThat(view.title("syntax", "en")).isEqualTo("Syntax");
        assertThat(view.title("removed-topic", "en")).isEqualTo("removed-topic");
        assertThat(view.isComplete("types")).isTrue();
        assertThat(view.isComplete("syntax")).isFalse();
    }
}
