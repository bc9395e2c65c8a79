package dev.skilltree.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "doctor",
        description = "Check Java, Python, the sandbox and the database as a node's readiness does, and say how to"
                + " fix what fails; exit code 0 if every check passes, 1 otherwise.")
final class DoctorCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(
            names = "--python",
            paramLabel = "PYTHON",
            defaultValue = "${env:SKILLTREE_GRADING_PYTHON:-python3}",
            description = "The Python grading uses (default: $SKILLTREE_GRADING_PYTHON, else python3).")
    String python;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Finding> findings = new ArrayList<>();
        findings.add(JavaCheck.run());
        findings.addAll(GradingChecks.run(python));
        findings.addAll(DatabaseChecks.run(data));
        PrintWriter out = spec.commandLine().getOut();
        findings.forEach(finding -> finding.print(out));
        long failed = findings.stream().filter(finding -> !finding.ok()).count();
        out.println(
                failed == 0
                        ? "All " + findings.size() + " checks passed."
                        : failed + " of " + findings.size() + " checks failed; the fixes are above.");
        return failed == 0 ? 0 : 1;
    }
}
