package dev.skilltree.grading.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one run of the checks reported, line by line: each check's outcome, each test's end, a load error, the end.
 * From a learner's run these are claims, not verdicts: a line that does not parse is skipped, and of a check
 * reported twice only the first report counts; either way the learner can only claim values its code could have
 * computed. Tests are in the order the run reported them.
 */
public record Observations(
        boolean started,
        List<Test> tests,
        Map<String, JsonNode> checks,
        String loadError,
        boolean memoryLimit,
        boolean ended,
        boolean seeded) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_RECORDS = 20_000;

    /** One test's end as the run reported it: status done, error or skip. */
    public record Test(
            String name, String status, String error, String output, double durationMs, List<JsonNode> checks) {}

    public static Observations parse(String stream) {
        Map<String, Test> tests = new LinkedHashMap<>();
        Map<String, List<JsonNode>> checksByTest = new LinkedHashMap<>();
        Map<String, JsonNode> checks = new LinkedHashMap<>();
        String loadError = null;
        boolean memory = false;
        boolean started = false;
        boolean ended = false;
        boolean seeded = false;
        List<String> lines = stream.lines().limit(MAX_RECORDS).toList();
        for (String line : lines) {
            JsonNode record = read(line);
            if (record == null || ended) {
                continue;
            }
            String test = record.path("test").asString("");
            switch (record.path("t").asString("")) {
                case "check" -> {
                    String id = id(
                            test,
                            record.path("key").asString(""),
                            record.path("n").asInt());
                    if (checks.putIfAbsent(id, record) == null) {
                        checksByTest
                                .computeIfAbsent(test, t -> new ArrayList<>())
                                .add(record);
                    }
                }
                case "test" ->
                    tests.putIfAbsent(
                            test,
                            new Test(
                                    test,
                                    record.path("status").asString(""),
                                    record.path("error").asString(""),
                                    record.path("output").asString(""),
                                    record.path("duration_ms").asDouble(),
                                    checksByTest.getOrDefault(test, List.of())));
                case "start" -> started = true;
                case "load" -> {
                    loadError = record.path("error").asString("");
                    memory = "memory".equals(record.path("limit").asString(""));
                }
                case "end" -> {
                    ended = true;
                    seeded = record.path("seeded").asBoolean(false);
                }
                default -> {}
            }
        }
        return new Observations(
                started, List.copyOf(tests.values()), Map.copyOf(checks), loadError, memory, ended, seeded);
    }

    /** The workload a scenario challenge's grade.py made (runner mode "workload"), or null. */
    public static String workload(String stream) {
        return stream.lines()
                .map(Observations::read)
                .filter(r -> r != null
                        && r.path("t").asString("").equals("workload")
                        && r.path("stdin").isString())
                .map(r -> r.path("stdin").asString())
                .findFirst()
                .orElse(null);
    }

    /** The learner's outcome for the check the reference reported as {@code reference}. */
    public Optional<JsonNode> matching(JsonNode reference) {
        return Optional.ofNullable(checks.get(id(
                reference.path("test").asString(""),
                reference.path("key").asString(""),
                reference.path("n").asInt())));
    }

    public Optional<Test> test(String name) {
        return tests.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static String id(String test, String key, int n) {
        return test + "\u0000" + key + "\u0000" + n;
    }

    private static JsonNode read(String line) {
        if (line.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(line);
            return node.isObject() ? node : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
