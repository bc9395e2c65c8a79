package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestOutcomeTest {

    @Test
    void separatesTheProblemFromTheTracebackLinesInTheLearnersFiles() {
        TestOutcome error = new TestOutcome(
                "test_counts",
                "error",
                "NotImplementedError (line 7)\n"
                        + "  File \"solution.py\", line 3, in make_counter\n"
                        + "    raise NotImplementedError\n"
                        + "  File \"pkg/util.py\", line 12, in helper",
                "",
                0.5);

        assertThat(error.problem()).isEqualTo("NotImplementedError (line 7)");
        assertThat(error.ownTraceback())
                .containsExactly(
                        "File \"solution.py\", line 3, in make_counter\n    raise NotImplementedError",
                        "File \"pkg/util.py\", line 12, in helper");
    }

    @Test
    void hasNoTracebackWhenTheErrorIsNotInTheLearnersCode() {
        TestOutcome failure = new TestOutcome("test_x", "fail", "expected 1, got 2", "", 0.1);

        assertThat(failure.ownTraceback()).isEmpty();
        assertThat(failure.problem()).isEqualTo("expected 1, got 2");
    }
}
