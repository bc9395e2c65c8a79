package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.roadmap.Difficulty;
import dev.skilltree.roadmap.Estimate;
import dev.skilltree.roadmap.Text;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ChallengeFilterTest {

    private static final Challenge TOPIC = challenge(
            "weakref-cache", Difficulty.INTERMEDIATE, ChallengeKind.UNIT, new ChallengeTags("topic", 3, "memory", ""));
    private static final Challenge QUEUE = challenge(
            "task-queue",
            Difficulty.ADVANCED,
            ChallengeKind.FAULT,
            new ChallengeTags("stage-test", 5, "distributed", "distributed"));
    private static final Challenge PROJECT = challenge(
            "autodiff", Difficulty.ADVANCED, ChallengeKind.UNIT, new ChallengeTags("project", 5, "ml", "data"));
    private static final List<Challenge> ALL = List.of(TOPIC, QUEUE, PROJECT);

    @Test
    void listsStageTestsThenProjectsThenTopicChallenges() {
        assertThat(ChallengeFilter.ALL.apply(ALL)).containsExactly(QUEUE, PROJECT, TOPIC);
        assertThat(ChallengeFilter.ALL.any()).isFalse();
    }

    @Test
    void offersNextTheFollowingChallengeNotYetPassedWrappingToTheStartOfThePath() {
        assertThat(ChallengeList.nextAfter(ALL, "task-queue", Map.of())).contains(PROJECT);
        assertThat(ChallengeList.nextAfter(ALL, "task-queue", Map.of("autodiff", ChallengeStanding.PASSED)))
                .contains(TOPIC);
        assertThat(ChallengeList.nextAfter(ALL, "weakref-cache", Map.of("task-queue", ChallengeStanding.FAILED)))
                .as("after the last one, the first not passed")
                .contains(QUEUE);
        assertThat(ChallengeList.nextAfter(
                        ALL,
                        "weakref-cache",
                        Map.of("task-queue", ChallengeStanding.PASSED, "autodiff", ChallengeStanding.PASSED)))
                .isEmpty();
    }

    @Test
    void everyFilterGivenMustMatchAndBlankOnesMatchAnything() {
        assertThat(new ChallengeFilter("", 5, null, null, "advanced", "").apply(ALL))
                .containsExactly(QUEUE, PROJECT);
        assertThat(new ChallengeFilter(null, null, null, "data", null, "unit").apply(ALL))
                .containsExactly(PROJECT);
        assertThat(new ChallengeFilter(null, 3, "memory", null, null, "fault").apply(ALL))
                .isEmpty();
        assertThat(new ChallengeFilter(null, 3, null, null, null, null).any()).isTrue();
    }

    private static Challenge challenge(String slug, Difficulty difficulty, ChallengeKind kind, ChallengeTags tags) {
        return new Challenge(
                slug,
                new Text(slug, slug),
                List.of(),
                difficulty,
                new Estimate(1, 2),
                kind,
                Limits.DEFAULT,
                new Text("-", "-"),
                new TreeMap<>(Map.of("solution.py", "")),
                new TreeMap<>(),
                new TreeMap<>(Map.of("solution.py", "")),
                Scenario.NONE,
                tags);
    }
}
