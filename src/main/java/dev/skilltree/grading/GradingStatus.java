package dev.skilltree.grading;

/** Whether this node can grade, with what, and if not, why not (shown to admins and in the log). */
public record GradingStatus(PythonInterpreter python, Grader grader, String problem) implements AutoCloseable {

    /** {@code isolation} is {@code auto} (bubblewrap when installed) or {@code required} (refuse without it). */
    public static GradingStatus check(String pythonCommand, String isolation) {
        if (!isolation.equals("auto") && !isolation.equals("required")) {
            return new GradingStatus(
                    null, null, "skilltree.grading.isolation must be auto or required, not '" + isolation + "'");
        }
        PythonInterpreter python;
        try {
            python = PythonInterpreter.resolve(pythonCommand);
        } catch (IllegalStateException e) {
            return new GradingStatus(null, null, e.getMessage());
        }
        Grader grader = Grader.create(python);
        if (isolation.equals("required") && grader.isolation() != Isolation.BUBBLEWRAP) {
            return new GradingStatus(
                    python,
                    null,
                    "skilltree.grading.isolation=required but bubblewrap is not installed (apt-get install bubblewrap); refusing to grade unsandboxed");
        }
        return new GradingStatus(python, grader, null);
    }

    /** Grades a built-in challenge's reference through this node's sandbox, as readiness's self-test does at start. */
    public GradeResult selfTest(int slot) {
        Challenge challenge = BuiltInChallenges.get(SandboxSelfTest.CHALLENGE);
        return grader.grade(challenge, challenge.reference(), slot);
    }

    public boolean available() {
        return grader != null;
    }

    /** Stops the sandboxes the grader keeps warm (the context closes its beans this way). */
    @Override
    public void close() {
        if (grader != null) {
            grader.close();
        }
    }
}
