package dev.skilltree.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoadmapTopicsTest {

    @Test
    void withNeitherTracksNorGoalsPlansEveryLeafAndNoGroupOfTopics() {
        RoadmapTopics topics = RoadmapTopics.of(SmallRoadmap.roadmap(), Set.of(), Set.of());

        assertThat(studied(topics)).containsExactly("syntax", "types", "quiz", "http", "page", "deploy", "pandas");
        assertThat(topics.pulledIn()).isEmpty();
    }

    @Test
    void aTrackKeepsTheSharedTopicsAndLeavesOutTheOtherDirections() {
        RoadmapTopics topics = RoadmapTopics.of(SmallRoadmap.roadmap(), Set.of("web"), Set.of());

        assertThat(studied(topics)).containsExactly("syntax", "types", "quiz", "http", "page", "deploy");
        assertThat(topics.pulledIn()).isEmpty();
    }

    @Test
    void aGoalPlansTheTopicsUnderItAndSaysWhichOnesItNeededFromOutside() {
        RoadmapTopics topics = RoadmapTopics.of(SmallRoadmap.roadmap(), Set.of(), Set.of("homepage"));

        assertThat(studied(topics)).containsExactly("syntax", "types", "http", "page", "deploy");
        assertThat(topics.pulledIn()).containsExactlyInAnyOrder("syntax", "types", "http");
    }

    @Test
    void aTopicNeedsItsOwnAndItsAncestorsPrerequisites() {
        Map<String, Topic> topics = byId(RoadmapTopics.of(SmallRoadmap.roadmap(), Set.of(), Set.of()));

        assertThat(topics.get("types").prerequisites()).containsExactly("syntax");
        assertThat(topics.get("page").prerequisites())
                .as("a part of the project needs what the project needs")
                .containsExactly("http");
    }

    @Test
    void aPrerequisiteOnAStageMeansEveryLeafOfIt() {
        Map<String, Topic> topics = byId(RoadmapTopics.of(SmallRoadmap.roadmap(), Set.of(), Set.of()));

        assertThat(topics.get("pandas").prerequisites()).containsExactly("syntax", "types", "quiz");
    }

    @Test
    void aPracticeProjectBecomesAMilestoneAfterItsPlannedParts() {
        Topic homepage = byId(RoadmapTopics.of(SmallRoadmap.roadmap(), Set.of(), Set.of()))
                .get("homepage");

        assertThat(homepage.milestone()).isTrue();
        assertThat(homepage.estimate()).isNull();
        assertThat(homepage.prerequisites()).containsExactly("page", "deploy");
    }

    @Test
    void keepsTheRoadmapsEstimateAndOrder() {
        Map<String, Topic> topics = byId(RoadmapTopics.of(SmallRoadmap.roadmap(), Set.of(), Set.of()));

        assertThat(topics.get("syntax").estimate()).isEqualTo(new HoursRange(2, 4));
        assertThat(topics.get("types").estimate()).as("the roadmap gives none").isNull();
        assertThat(topics.get("syntax").order()).isLessThan(topics.get("types").order());
        assertThat(topics.get("http").order()).isLessThan(topics.get("pandas").order());
    }

    @Test
    void refusesATrackOrAGoalTheRoadmapDoesNotHaveNamingTheField() {
        assertThatThrownBy(() -> RoadmapTopics.of(SmallRoadmap.roadmap(), Set.of("mobile"), Set.of()))
                .isInstanceOfSatisfying(
                        InvalidPlan.class, e -> assertThat(e.field()).isEqualTo("tracks"))
                .hasMessageContaining("'mobile'");
        assertThatThrownBy(() -> RoadmapTopics.of(SmallRoadmap.roadmap(), Set.of(), Set.of("kotlin")))
                .isInstanceOfSatisfying(
                        InvalidPlan.class, e -> assertThat(e.field()).isEqualTo("goals"))
                .hasMessageContaining("'kotlin'");
    }

    private static List<String> studied(RoadmapTopics topics) {
        return topics.topics().stream()
                .filter(t -> !t.milestone())
                .map(Topic::id)
                .toList();
    }

    private static Map<String, Topic> byId(RoadmapTopics topics) {
        return topics.topics().stream().collect(Collectors.toMap(Topic::id, Function.identity()));
    }
}
