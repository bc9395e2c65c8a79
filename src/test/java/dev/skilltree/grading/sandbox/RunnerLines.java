package dev.skilltree.grading.sandbox;

import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lines that {@code runner.py} writes on descriptor 3, made by hand, so that judging can be tested without a process.
 * A check's key is its line and column in the test file, as the rewriter gives it; every check here is the first
 * evaluation of its assertion ({@code n} 1).
 */
final class RunnerLines {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RunnerLines() {}

    static Observations observe(String... lines) {
        return Observations.parse(String.join("\n", lines) + "\n");
    }

    static String start() {
        return "{\"t\": \"start\"}";
    }

    static String end() {
        return "{\"t\": \"end\", \"seeded\": false}";
    }

    static String endSeeded() {
        return "{\"t\": \"end\", \"seeded\": true}";
    }

    /** A check of the reference's run: {@code assertEqual(src, expected)} at {@code line}, where src gave {@code got}. */
    static String expects(String test, int line, String src, int expected, int got) {
        ObjectNode check = check(test, line, src, got);
        check.put("op", "equal");
        check.putObject("options");
        check.set("expected", JSON.valueToTree(Map.of("value", expected, "shown", Integer.toString(expected))));
        return check.toString();
    }

    /** A check of the learner's run: what {@code src} at {@code line} gave, with no comparison or expected side. */
    static String got(String test, int line, String src, int value) {
        return check(test, line, src, value).toString();
    }

    /** The same check as {@code check}, from the {@code n}th evaluation of its assertion (in a loop, say). */
    static String evaluation(int n, String check) {
        return ((ObjectNode) JSON.readTree(check)).put("n", n).toString();
    }

    static String done(String test) {
        return done(test, "", 0.5);
    }

    static String done(String test, String output, double durationMs) {
        ObjectNode end = testEnd(test, "done");
        end.put("output", output);
        end.put("duration_ms", durationMs);
        return end.toString();
    }

    static String errored(String test, String error) {
        return testEnd(test, "error").put("error", error).toString();
    }

    static String skipped(String test, String reason) {
        return testEnd(test, "skip").put("error", reason).toString();
    }

    static String loadError(String error) {
        return JSON.createObjectNode().put("t", "load").put("error", error).toString();
    }

    static String memoryLimitOnLoad() {
        return "{\"t\": \"load\", \"error\": \"MemoryError while loading the code\", \"limit\": \"memory\"}";
    }

    private static ObjectNode check(String test, int line, String src, int value) {
        ObjectNode check = JSON.createObjectNode()
                .put("t", "check")
                .put("test", test)
                .put("n", 1)
                .put("key", line + ":8")
                .put("line", line)
                .put("src", src)
                .put("value", value)
                .put("shown", Integer.toString(value))
                .put("truth", value != 0);
        check.putArray("mro").add("builtins.int").add("builtins.object");
        return check;
    }

    private static ObjectNode testEnd(String test, String status) {
        return JSON.createObjectNode().put("t", "test").put("test", test).put("status", status);
    }
}
