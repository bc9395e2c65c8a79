package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressSummaryTest {

    private final ProgressSummary summary =
            ProgressSummary.of(ProgressFixtures.progress(Map.of("syntax", Status.DONE, "http", Status.DONE)));

    @Test
    void countsLeavesByStatusCodeAndTheirPercentage() {
        assertThat(summary.total()).isEqualTo(5);
        assertThat(summary.percent()).isEqualTo(60.0);
        assertThat(summary.counts())
                .containsExactly(
                        Map.entry("todo", 2), Map.entry("learning", 0), Map.entry("done", 3), Map.entry("skipped", 0));
    }

    @Test
    void givesEachStageAndAreaItsOwnPercentage() {
        assertThat(summary.stages())
                .extracting(
                        ProgressSummary.Part::id,
                        ProgressSummary.Part::percent,
                        ProgressSummary.Part::complete,
                        ProgressSummary.Part::total)
                .containsExactly(tuple("basics", 66.6, 2, 3), tuple("lang", 66.6, 2, 3), tuple("web", 50.0, 1, 2));
        assertThat(summary.stages().getFirst().node().title().en()).isEqualTo("Basics");
    }

    @Test
    void givesEachTrackItsOwnPercentage() {
        assertThat(summary.tracks())
                .extracting(ProgressSummary.Part::id, ProgressSummary.Part::percent, ProgressSummary.Part::total)
                .containsExactly(tuple("web", 50.0, 2));
    }

    @Test
    void showsZeroForALearnerWhoHasNotStarted() {
        ProgressSummary fresh = ProgressSummary.of(ProgressFixtures.progress(Map.of()));

        assertThat(fresh.percent()).isZero();
        assertThat(fresh.counts()).containsEntry("todo", 5);
    }
}
