package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangedStatusesTest {

    @Test
    void aTopicMarkedDoneShowsItsPartsDoneAndItsAncestorsUnderWay() {
        RoadmapProgress progress = ProgressFixtures.progress(Map.of("syntax", Status.DONE));

        ChangedStatuses changed = ChangedStatuses.of(progress, node(progress, "syntax"));

        assertThat(changed.node()).isEqualTo("syntax");
        assertThat(changed.own()).isEqualTo("done");
        assertThat(changed.shown())
                .containsExactly(
                        Map.entry("basics", "learning"),
                        Map.entry("functions", "done"),
                        Map.entry("lang", "learning"),
                        Map.entry("loops", "done"),
                        Map.entry("syntax", "done"));
    }

    @Test
    void aGroupBegunPutsEverythingBelowItInProgress() {
        RoadmapProgress progress = ProgressFixtures.progress(Map.of("lang", Status.LEARNING));

        ChangedStatuses changed = ChangedStatuses.of(progress, node(progress, "lang"));

        assertThat(changed.shown())
                .containsOnlyKeys("basics", "lang", "syntax", "loops", "functions", "types")
                .allSatisfy((id, status) -> assertThat(status).isEqualTo("learning"));
    }

    @Test
    void theStatusSetOnTheNodeCanDifferFromTheOneShown() {
        RoadmapProgress progress = ProgressFixtures.progress(Map.of("basics", Status.DONE));

        ChangedStatuses changed = ChangedStatuses.of(progress, node(progress, "types"));

        assertThat(changed.own()).as("nothing set on types itself").isEqualTo("todo");
        assertThat(changed.shown()).containsEntry("types", "done").doesNotContainKey("web");
    }

    private static dev.skilltree.roadmap.Node node(RoadmapProgress progress, String id) {
        return progress.node(id).orElseThrow();
    }
}
