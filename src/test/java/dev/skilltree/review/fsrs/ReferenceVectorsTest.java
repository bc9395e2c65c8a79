package dev.skilltree.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Replays the review sequences recorded from py-fsrs 6.3.1 (see gen_vectors.py next to the TSV). */
class ReferenceVectorsTest {

    private static final double RELATIVE_TOLERANCE = 1e-9;
    private static final List<ReferenceVectors.Case> CASES = ReferenceVectors.load();

    @Test
    void coversTheRecordedVariety() {
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(60);
        assertThat(CASES.stream().filter(c -> c.settings().fuzzing())).hasSizeGreaterThanOrEqualTo(10);
        assertThat(CASES.stream().filter(c -> c.settings().desiredRetention() != 0.9))
                .hasSizeGreaterThanOrEqualTo(20);
        assertThat(CASES.stream().mapToInt(c -> c.steps().size()).sum()).isGreaterThan(1000);
        assertThat(CASES.stream().flatMap(c -> c.steps().stream()).filter(s -> s.fuzzDraws().length > 0))
                .hasSizeGreaterThan(100);
    }

    @TestFactory
    Stream<DynamicTest> matchesEveryReviewRecordedFromPyFsrs() {
        return CASES.stream().map(c -> dynamicTest(c.id(), () -> replay(c)));
    }

    private static void replay(ReferenceVectors.Case recorded) {
        ReplayedDraws draws = new ReplayedDraws();
        Scheduler scheduler = new Scheduler(recorded.parameters(), recorded.settings(), draws);
        Card card = recorded.start();
        for (ReferenceVectors.Step step : recorded.steps()) {
            String where = recorded.id() + " step " + step.index();

            assertClose(
                    scheduler.retrievability(card, step.at()), step.retrievabilityBefore(), where + " retrievability");
            assertThat(scheduler.nextIntervals(card, step.at()))
                    .as(where + " next intervals")
                    .containsExactlyInAnyOrderEntriesOf(step.intervalsWithoutFuzz());

            draws.add(step.fuzzDraws());
            ReviewResult result = scheduler.review(card, step.rating(), step.at());
            assertThat(draws.remaining()).as(where + " unused fuzz draws").isZero();

            Card expected = step.after();
            card = result.card();
            assertThat(card.state()).as(where + " state").isEqualTo(expected.state());
            assertThat(card.step()).as(where + " step").isEqualTo(expected.step());
            assertClose(card.stability(), expected.stability(), where + " stability");
            assertClose(card.difficulty(), expected.difficulty(), where + " difficulty");
            assertThat(card.due()).as(where + " due").isEqualTo(expected.due());
            assertThat(card.lastReview()).as(where + " last review").isEqualTo(expected.lastReview());
            assertThat(result.log()).isEqualTo(new ReviewLog(step.rating(), step.at()));
        }
    }

    private static void assertClose(double actual, double expected, String what) {
        assertThat(Math.abs(actual - expected))
                .as("%s: %s vs reference %s", what, actual, expected)
                .isLessThanOrEqualTo(RELATIVE_TOLERANCE * Math.abs(expected));
    }
}
