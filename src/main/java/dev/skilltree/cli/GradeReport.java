package dev.skilltree.cli;

import dev.skilltree.grading.GradeResult;
import dev.skilltree.grading.TestOutcome;
import java.io.PrintWriter;

/** A verdict as both {@code test} and {@code submit} print it: each test, then the verdict line. */
final class GradeReport {

    private GradeReport() {}

    static void print(PrintWriter out, GradeResult result, String where) {
        for (TestOutcome test : result.tests()) {
            out.printf("%-5s %s (%.1f ms)%n", test.status().toUpperCase(), test.name(), test.durationMs());
            if (!test.message().isEmpty()) {
                test.message().lines().forEach(line -> out.println("      " + line));
            }
            if (!test.output().isEmpty()) {
                out.println("      output:");
                test.output().lines().forEach(line -> out.println("        " + line));
            }
        }
        long passed =
                result.tests().stream().filter(t -> t.status().equals("pass")).count();
        out.printf(
                "%n%s: %d of %d tests passed in %d ms (%s)%n",
                result.verdict(), passed, result.tests().size(), result.wallMillis(), where);
        if (!result.message().isEmpty()) {
            out.println(result.message());
        }
        out.flush();
    }
}
