package dev.skilltree.grading;

import java.util.List;

/** The verdict of one run, with the tests in file order and how long the run took. */
public record GradeResult(Verdict verdict, String message, List<TestOutcome> tests, long wallMillis) {

    public GradeResult {
        tests = List.copyOf(tests);
    }
}
