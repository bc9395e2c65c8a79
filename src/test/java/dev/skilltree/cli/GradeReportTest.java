package dev.skilltree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.grading.GradeResult;
import dev.skilltree.grading.TestOutcome;
import dev.skilltree.grading.Verdict;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GradeReportTest {

    private Locale previous;

    @BeforeEach
    void decimalPoint() {
        previous = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.ROOT);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, previous);
    }

    @Test
    void printsEachTestThenTheVerdict() {
        GradeResult result = new GradeResult(
                Verdict.FAILED,
                "",
                List.of(
                        new TestOutcome("CounterTest.test_starts_at_one", "pass", "", "", 12.345),
                        new TestOutcome(
                                "CounterTest.test_counts_apart",
                                "fail",
                                "AssertionError: 2 != 1\nexpected separate counters",
                                "debug: a=2\ndebug: b=2",
                                3.0),
                        new TestOutcome("CounterTest.test_slow", "skip", "", "", 0)),
                340);

        assertThat(print(result, "local")).isEqualTo("""
                        PASS  CounterTest.test_starts_at_one (12.3 ms)
                        FAIL  CounterTest.test_counts_apart (3.0 ms)
                              AssertionError: 2 != 1
                              expected separate counters
                              output:
                                debug: a=2
                                debug: b=2
                        SKIP  CounterTest.test_slow (0.0 ms)

                        FAILED: 1 of 3 tests passed in 340 ms (local)
                        """);
    }

    @Test
    void addsTheRunsOwnMessageWhenNoTestCouldRun() {
        GradeResult result =
                new GradeResult(Verdict.ERROR, "SyntaxError: invalid syntax (solution.py, line 3)", List.of(), 85);

        assertThat(print(result, "server")).isEqualTo("""

                        ERROR: 0 of 0 tests passed in 85 ms (server)
                        SyntaxError: invalid syntax (solution.py, line 3)
                        """);
    }

    private static String print(GradeResult result, String where) {
        StringWriter out = new StringWriter();
        GradeReport.print(new PrintWriter(out), result, where);
        return out.toString().replace(System.lineSeparator(), "\n");
    }
}
