package dev.skilltree.grading.sandbox;

import static dev.skilltree.grading.sandbox.RunnerLines.done;
import static dev.skilltree.grading.sandbox.RunnerLines.end;
import static dev.skilltree.grading.sandbox.RunnerLines.endSeeded;
import static dev.skilltree.grading.sandbox.RunnerLines.errored;
import static dev.skilltree.grading.sandbox.RunnerLines.evaluation;
import static dev.skilltree.grading.sandbox.RunnerLines.expects;
import static dev.skilltree.grading.sandbox.RunnerLines.got;
import static dev.skilltree.grading.sandbox.RunnerLines.loadError;
import static dev.skilltree.grading.sandbox.RunnerLines.memoryLimitOnLoad;
import static dev.skilltree.grading.sandbox.RunnerLines.observe;
import static dev.skilltree.grading.sandbox.RunnerLines.start;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a run reported on descriptor 3, read line by line, from lines written by hand. */
class ObservationsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsEachTestInTheOrderItEndedWithTheChecksReportedBeforeItsEnd() {
        Observations run = observe(
                start(),
                got("B.test_two", 9, "two()", 2),
                done("B.test_two", "hello\n", 1.25),
                got("A.test_one", 4, "one()", 1),
                done("A.test_one"),
                end());

        assertThat(run.started()).isTrue();
        assertThat(run.ended()).isTrue();
        assertThat(run.tests()).extracting(Observations.Test::name).containsExactly("B.test_two", "A.test_one");
        Observations.Test two = run.test("B.test_two").orElseThrow();
        assertThat(two.status()).isEqualTo("done");
        assertThat(two.output()).isEqualTo("hello\n");
        assertThat(two.durationMs()).isEqualTo(1.25);
        assertThat(two.checks())
                .singleElement()
                .satisfies(c -> assertThat(c.path("value").asInt()).isEqualTo(2));
    }

    @Test
    void ofACheckReportedTwiceOnlyTheFirstReportIsKept() {
        Observations run =
                observe(start(), got("A.test", 4, "f()", 5), got("A.test", 4, "f()", 1), done("A.test"), end());

        assertThat(run.matching(json(expects("A.test", 4, "f()", 1, 1))))
                .hasValueSatisfying(c -> assertThat(c.path("value").asInt()).isEqualTo(5));
        assertThat(run.test("A.test").orElseThrow().checks()).hasSize(1);
    }

    @Test
    void aChecksOutcomeMatchesOnlyTheSameTestAssertionAndEvaluation() {
        String secondEvaluation = evaluation(2, got("A.test", 4, "f()", 7));
        Observations run = observe(start(), got("A.test", 4, "f()", 6), secondEvaluation, got("B.test", 4, "f()", 8));
        JsonNode first = json(expects("A.test", 4, "f()", 6, 6));

        assertThat(run.matching(first))
                .hasValueSatisfying(c -> assertThat(c.path("value").asInt()).isEqualTo(6));
        assertThat(run.matching(json(evaluation(2, expects("A.test", 4, "f()", 7, 7)))))
                .hasValueSatisfying(c -> assertThat(c.path("value").asInt()).isEqualTo(7));
        assertThat(run.matching(json(expects("A.test", 5, "f()", 6, 6)))).isEmpty();
        assertThat(run.matching(json(expects("C.test", 4, "f()", 6, 6)))).isEmpty();
    }

    @Test
    void ofATestReportedTwiceOnlyTheFirstEndIsKept() {
        Observations run = observe(start(), errored("A.test", "ValueError: no"), done("A.test"), end());

        assertThat(run.tests()).singleElement().satisfies(t -> {
            assertThat(t.status()).isEqualTo("error");
            assertThat(t.error()).isEqualTo("ValueError: no");
        });
    }

    @Test
    void nothingReportedAfterTheEndCounts() {
        Observations run =
                observe(start(), end(), got("A.test", 4, "f()", 1), done("A.test"), loadError("late"), endSeeded());

        assertThat(run.tests()).isEmpty();
        assertThat(run.checks()).isEmpty();
        assertThat(run.loadError()).isNull();
        assertThat(run.seeded()).isFalse();
    }

    @Test
    void linesThatAreNotJsonObjectsAreSkipped() {
        Observations run = observe(
                "garbage",
                start(),
                "[1, 2]",
                "42",
                "",
                "{\"t\": \"test\", \"test\": \"A.test\"",
                done("A.test"),
                end());

        assertThat(run.started()).isTrue();
        assertThat(run.tests()).extracting(Observations.Test::name).containsExactly("A.test");
        assertThat(run.ended()).isTrue();
    }

    @Test
    void keepsTheLoadErrorAndMarksAMemoryLimitHitWhileLoading() {
        Observations syntax = observe(start(), loadError("SyntaxError: invalid syntax"), end());
        Observations memory = observe(start(), memoryLimitOnLoad(), end());

        assertThat(syntax.loadError()).isEqualTo("SyntaxError: invalid syntax");
        assertThat(syntax.memoryLimit()).isFalse();
        assertThat(memory.loadError()).isEqualTo("MemoryError while loading the code");
        assertThat(memory.memoryLimit()).isTrue();
    }

    @Test
    void theEndTellsWhetherTheChecksDrewOnTheSeed() {
        assertThat(observe(start(), endSeeded()).seeded()).isTrue();
        assertThat(observe(start(), end()).seeded()).isFalse();
    }

    @Test
    void aRunThatReportedNothingNeitherStartedNorEnded() {
        Observations run = Observations.parse("");

        assertThat(run.started()).isFalse();
        assertThat(run.ended()).isFalse();
        assertThat(run.tests()).isEmpty();
        assertThat(run.loadError()).isNull();
    }

    @Test
    void readsNoMoreThanTwentyThousandLines() {
        String flood = String.join("\n", Collections.nCopies(20_000, "{\"t\": \"noise\"}"));

        assertThat(Observations.parse(flood + "\n" + end()).ended()).isFalse();
        assertThat(Observations.parse(flood.substring(flood.indexOf('\n') + 1) + "\n" + end())
                        .ended())
                .isTrue();
    }

    @Test
    void theWorkloadIsTheStdinOfTheFirstWorkloadLine() {
        String made = String.join(
                "\n",
                start(),
                "{\"t\": \"workload\", \"stdin\": 12}",
                "{\"t\": \"workload\", \"stdin\": \"5\\n7\\n\"}",
                "{\"t\": \"workload\", \"stdin\": \"9\\n\"}",
                end());

        assertThat(Observations.workload(made)).isEqualTo("5\n7\n");
        assertThat(Observations.workload(String.join("\n", start(), loadError("AttributeError"), end())))
                .isNull();
    }

    private static JsonNode json(String line) {
        return JSON.readTree(line);
    }
}
