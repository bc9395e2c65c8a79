package dev.skilltree.grading.sandbox;

import dev.skilltree.grading.TestOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Turns a learner's observations into test outcomes by holding them against the reference run's, check by check, in
 * the reference's order. The learner's run can only lose: a check it does not report, reports twice or reports in a
 * test the reference does not have counts for nothing.
 */
public final class UnitJudge {

    private UnitJudge() {}

    /** Why the reference run cannot be graded against (it must finish and pass its own checks), or empty. */
    public static Optional<String> brokenReference(Observations reference) {
        if (!reference.ended()) {
            return Optional.of("the reference solution did not finish its checks"
                    + (reference.loadError() == null ? "" : ": " + reference.loadError()));
        }
        if (reference.tests().isEmpty()) {
            return Optional.of("the challenge has no tests");
        }
        for (Observations.Test test : reference.tests()) {
            if (test.status().equals("error")) {
                return Optional.of("the reference solution fails " + test.name() + ": " + test.error());
            }
            for (JsonNode check : test.checks()) {
                Optional<String> failure = Comparison.failure(check, check);
                if (failure.isPresent()) {
                    return Optional.of(
                            "the reference solution fails its own check in " + test.name() + ", " + failure.get());
                }
            }
        }
        return Optional.empty();
    }

    public static List<TestOutcome> judge(Observations reference, Observations learner) {
        List<TestOutcome> outcomes = new ArrayList<>();
        for (Observations.Test expected : reference.tests()) {
            if (expected.status().equals("skip")) {
                outcomes.add(new TestOutcome(expected.name(), "skip", expected.error(), "", 0));
                continue;
            }
            Observations.Test mine = learner.test(expected.name()).orElse(null);
            String status = "pass";
            String message = "";
            for (JsonNode check : expected.checks()) {
                Optional<JsonNode> got = learner.matching(check);
                if (got.isEmpty()) {
                    status = "error";
                    message = unreached(check, mine, learner);
                    break;
                }
                Optional<String> failure = Comparison.failure(check, got.get());
                if (failure.isPresent()) {
                    status = "fail";
                    message = failure.get();
                    break;
                }
            }
            if (status.equals("pass")) {
                if (mine == null) {
                    status = "error";
                    message = "the test did not finish";
                } else if (!mine.status().equals("done")) {
                    status = "error";
                    message = mine.status().equals("skip") ? "the code under test skipped this test" : mine.error();
                }
            }
            outcomes.add(new TestOutcome(
                    expected.name(),
                    status,
                    message,
                    mine == null ? "" : mine.output(),
                    mine == null ? 0 : mine.durationMs()));
        }
        return outcomes;
    }

    private static String unreached(JsonNode check, Observations.Test mine, Observations learner) {
        if (mine != null && mine.status().equals("error")) {
            return mine.error();
        }
        if (mine == null && learner.loadError() != null) {
            return learner.loadError();
        }
        if (mine == null) {
            return "the test did not finish";
        }
        return Comparison.where(check) + ": this check was never reached";
    }
}
