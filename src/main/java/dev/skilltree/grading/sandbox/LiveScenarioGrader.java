package dev.skilltree.grading.sandbox;

import dev.skilltree.grading.Challenge;
import dev.skilltree.grading.GradeResult;
import dev.skilltree.grading.Isolation;
import dev.skilltree.grading.TestOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Grades {@code fault} and {@code service} challenges: the challenge's trusted grade.py runs under the scenario
 * supervisor in a sandbox of its own, starts and kills the learner's programs (each in an inner sandbox that cannot
 * see it), and records each check from what it observed. This class reads the supervisor's report: the checks, and
 * the timeline of what was started, killed and checked when.
 */
public final class LiveScenarioGrader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Sandbox sandbox;

    public LiveScenarioGrader(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    public GradeResult grade(Challenge challenge, Path submission, long seed, Path dir, int slot)
            throws IOException, InterruptedException {
        if (sandbox.isolation() != Isolation.BUBBLEWRAP) {
            return Verdicts.sandboxError(
                    challenge.kind().code() + " challenges need bubblewrap (apt-get install bubblewrap)", 0);
        }
        Path grade = RunFiles.writeAll(dir.resolve("grade"), challenge.tests());
        Sandbox.Run run =
                sandbox.scenario(submission, grade, challenge.limits(), seed, dir.resolve("scenario.json"), slot);
        List<TestOutcome> checks = new ArrayList<>();
        StringBuilder timeline = new StringBuilder();
        boolean ended = false;
        for (String line : run.result().lines().toList()) {
            JsonNode record = read(line);
            if (record == null) {
                continue;
            }
            switch (record.path("t").asString("")) {
                case "event" ->
                    timeline.append(String.format(
                            Locale.ROOT,
                            "%7.3f s  %s%n",
                            record.path("ms").asLong() / 1000.0,
                            record.path("text").asString("")));
                case "check" -> {
                    String status = record.path("status").asString("").equals("pass") ? "pass" : "fail";
                    checks.add(new TestOutcome(
                            record.path("name").asString(""),
                            status,
                            record.path("message").asString(""),
                            "",
                            0));
                    timeline.append(String.format(
                            Locale.ROOT,
                            "%9s  %s: %s%n",
                            "",
                            status.equals("pass") ? "held" : "BROKE",
                            record.path("name").asString("")));
                }
                case "end" -> ended = true;
                default -> {}
            }
        }
        if (!checks.isEmpty()) {
            TestOutcome first = checks.getFirst();
            checks.set(
                    0,
                    new TestOutcome(
                            first.name(),
                            first.status(),
                            first.message(),
                            "timeline:\n" + timeline,
                            first.durationMs()));
        }
        return Verdicts.ofScenario(run, ended, checks);
    }

    private static JsonNode read(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node.isObject() ? node : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
