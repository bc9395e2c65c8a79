package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.skilltree.roadmap.Difficulty;
import dev.skilltree.roadmap.Estimate;
import dev.skilltree.roadmap.Text;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The challenge list page's model; the order of the list and the next challenge are ChallengeFilterTest's. */
class ChallengeListTest {

    private static final Challenge GC =
            challenge("gc-cycles", ChallengeKind.MEMORY, new ChallengeTags("topic", 4, "gc", ""));
    private static final Challenge COUNTER =
            challenge("closure-counter", ChallengeKind.UNIT, new ChallengeTags("topic", 3, "closures", ""));
    private static final Challenge BROKER = challenge(
            "broker", ChallengeKind.SERVICE, new ChallengeTags("stage-test", 5, "distributed", "distributed"));
    private static final Challenge UNTAGGED = challenge("untagged", ChallengeKind.UNIT, ChallengeTags.NONE);
    private static final List<Challenge> ALL = List.of(GC, COUNTER, BROKER, UNTAGGED);

    @Test
    void showsTheChallengesTheFilterLetsThroughEachWithWhereTheLearnerStands() {
        ChallengeList list = ChallengeList.of(
                ALL,
                new ChallengeFilter("topic", null, null, null, null, null),
                Map.of("gc-cycles", ChallengeStanding.FAILED, "broker", ChallengeStanding.PASSED));

        assertThat(list.rows())
                .extracting(row -> row.challenge().slug(), ChallengeList.Row::standing)
                .containsExactly(
                        tuple("untagged", ChallengeStanding.NOT_TRIED),
                        tuple("closure-counter", ChallengeStanding.NOT_TRIED),
                        tuple("gc-cycles", ChallengeStanding.FAILED));
        assertThat(list.total()).as("the whole catalogue").isEqualTo(4);
        assertThat(list.passed()).as("the passed broker is not shown").isZero();
    }

    @Test
    void offersEachFilterTheValuesTheCatalogueHoldsInOrderWithoutBlanks() {
        ChallengeList list = ChallengeList.of(ALL, ChallengeFilter.ALL, Map.of());

        assertThat(list.series()).containsExactlyElementsOf(ChallengeTags.SERIES);
        assertThat(list.stages()).containsExactly(3, 4, 5);
        assertThat(list.topics()).containsExactly("closures", "distributed", "gc");
        assertThat(list.directions()).containsExactly("distributed");
        assertThat(list.difficulties()).containsExactly("beginner", "intermediate", "advanced");
        assertThat(list.kinds()).containsExactly("memory", "service", "unit");
    }

    @Test
    void countsThePassedAmongTheChallengesShown() {
        ChallengeList list = ChallengeList.of(
                ALL,
                ChallengeFilter.ALL,
                Map.of(
                        "closure-counter", ChallengeStanding.PASSED,
                        "broker", ChallengeStanding.PASSED,
                        "gc-cycles", ChallengeStanding.FAILED));

        assertThat(list.rows()).hasSize(4);
        assertThat(list.passed()).isEqualTo(2);
    }

    private static Challenge challenge(String slug, ChallengeKind kind, ChallengeTags tags) {
        return new Challenge(
                slug,
                new Text(slug, slug),
                List.of(),
                Difficulty.INTERMEDIATE,
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
