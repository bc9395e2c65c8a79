package dev.skilltree.grading.sandbox;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the measuring supervisor saw of one program run: its exit, wall and CPU time, and peak resident memory. */
public record Measure(int exit, double wallMs, double cpuMs, long maxrssKb) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The supervisor's report, or null when there is none (the run was killed before the program ended). */
    public static Measure parse(String report) {
        for (String line : report.lines().toList()) {
            try {
                JsonNode node = JSON.readTree(line);
                if (node.isObject() && node.path("t").asString("").equals("measure")) {
                    return new Measure(
                            node.path("exit").asInt(),
                            node.path("wall_ms").asDouble(),
                            node.path("cpu_ms").asDouble(),
                            node.path("maxrss_kb").asLong());
                }
            } catch (RuntimeException e) {
                // not a report line
            }
        }
        return null;
    }
}
