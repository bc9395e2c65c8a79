package dev.skilltree.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicTest {

    @Test
    void aTopicTakesTheMidpointOfItsEstimateAtThePaceToTheMinute() {
        assertThat(Topic.of("a", 0, 2, 4).minutes(1.0)).isEqualTo(180);
        assertThat(Topic.of("a", 0, 2, 4).minutes(1.5)).isEqualTo(270);
        assertThat(Topic.of("a", 0, 0.01, 0.01).minutes(1.0)).isEqualTo(1);
    }

    @Test
    void aTopicWithoutAnEstimateTakesTheDefaultHours() {
        assertThat(Topic.unestimated("a", 0).minutes(1.0)).isEqualTo(Math.round(Planner.DEFAULT_TOPIC_HOURS * 60));
    }

    @Test
    void aMilestoneTakesNoStudyTime() {
        assertThat(Topic.milestone("project", 0, "a").minutes(2.0)).isZero();
    }

    @Test
    void refusesABlankIdAMilestoneWithHoursAndATopicNeedingItself() {
        assertThatThrownBy(() -> Topic.unestimated(" ", 0))
                .isInstanceOfSatisfying(
                        InvalidPlan.class, e -> assertThat(e.field()).isEqualTo("topics[].id"));
        assertThatThrownBy(() -> new Topic("p", 0, new HoursRange(1, 2), List.of(), true))
                .isInstanceOfSatisfying(
                        InvalidPlan.class, e -> assertThat(e.field()).isEqualTo("topics[p].estimate"));
        assertThatThrownBy(() -> Topic.of("a", 0, 1, 1, "a"))
                .isInstanceOfSatisfying(
                        InvalidPlan.class, e -> assertThat(e.field()).isEqualTo("topics[a].prerequisites"));
    }

    @Test
    void withoutPrerequisitesATopicNeedsNothing() {
        assertThat(new Topic("a", 0, null, null, false).prerequisites()).isEmpty();
    }
}
