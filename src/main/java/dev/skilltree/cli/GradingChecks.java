package dev.skilltree.cli;

import dev.skilltree.grading.GradeResult;
import dev.skilltree.grading.Grader;
import dev.skilltree.grading.GradingStatus;
import dev.skilltree.grading.Isolation;
import dev.skilltree.grading.Verdict;
import java.util.ArrayList;
import java.util.List;

/** {@code doctor}'s grading checks, made by the same code a grading node starts with: Python, isolation, a self-test. */
final class GradingChecks {

    private GradingChecks() {}

    static List<Finding> run(String pythonCommand) {
        List<Finding> findings = new ArrayList<>();
        GradingStatus status = GradingStatus.check(pythonCommand, "auto");
        findings.add(
                status.python() == null
                        ? Finding.fail(
                                "Python",
                                status.problem(),
                                "install Python 3.10 or newer (Debian: apt-get install python3) and name it with"
                                        + " --python or SKILLTREE_GRADING_PYTHON, which the server reads too")
                        : Finding.ok(
                                "Python",
                                "Python " + status.python().version() + " at "
                                        + status.python().executable()));
        findings.add(isolation(Isolation.best()));
        if (status.available()) {
            findings.add(selfTest(status));
        }
        return findings;
    }

    private static Finding isolation(Isolation isolation) {
        return switch (isolation) {
            case BUBBLEWRAP -> Finding.ok("Isolation", "bubblewrap");
            case UNSHARE ->
                Finding.ok(
                        "Isolation",
                        "unshare: new network, PID, IPC and UTS namespaces, but no bubblewrap",
                        "apt-get install bubblewrap gives each run its own view of the file system too");
            case RLIMITS_ONLY ->
                Finding.fail(
                        "Isolation",
                        "neither bubblewrap nor unshare can isolate a run here; grading would have resource limits"
                                + " only",
                        "apt-get install bubblewrap; in a container, allow user namespaces (docs/deploy.md)");
        };
    }

    private static Finding selfTest(GradingStatus status) {
        GradeResult result = status.selfTest(Grader.commandSlot());
        String isolation = status.grader().isolation().name().toLowerCase(java.util.Locale.ROOT);
        if (result.verdict() == Verdict.PASSED) {
            return Finding.ok("Sandbox", "a built-in challenge's reference passed in the sandbox (" + isolation + ")");
        }
        return Finding.fail(
                "Sandbox",
                "a built-in challenge's reference got " + result.verdict() + " in the sandbox (" + isolation + "): "
                        + result.message(),
                "bubblewrap needs unprivileged user namespaces (sysctl user.max_user_namespaces > 0) and, in a"
                        + " container, a /proc it may mount: see docs/deploy.md, \"The sandbox in Kubernetes\"");
    }
}
