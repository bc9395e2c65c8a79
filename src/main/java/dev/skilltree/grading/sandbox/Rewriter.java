package dev.skilltree.grading.sandbox;

import dev.skilltree.grading.Challenge;
import dev.skilltree.grading.InvalidChallenge;
import dev.skilltree.grading.PythonInterpreter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Splits a challenge's test files on the trusted side (with {@code rewrite.py}, which parses and never runs them):
 * the learner's version observes what the code computes, and the reference's version also carries each check's
 * comparison and expected side. Files other than Python go to both unchanged: they are inputs, not answers.
 */
public final class Rewriter {

    /** The checks as the learner's sandbox sees them, and as the reference's sandbox sees them. */
    public record Split(SortedMap<String, String> learner, SortedMap<String, String> reference) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PythonInterpreter python;
    private final Path script;

    public Rewriter(PythonInterpreter python, Path scripts) {
        this.python = python;
        this.script = scripts.resolve(GradingScripts.REWRITE);
    }

    public Split split(Challenge challenge) {
        Map<String, String> python = new TreeMap<>();
        TreeMap<String, String> learner = new TreeMap<>();
        TreeMap<String, String> reference = new TreeMap<>();
        challenge.tests().forEach((path, text) -> {
            if (path.endsWith(".py")) {
                python.put(path, text);
            } else {
                learner.put(path, text);
                reference.put(path, text);
            }
        });
        JsonNode out = run(JSON.writeValueAsString(python));
        if (out.has("error")) {
            JsonNode error = out.get("error");
            throw InvalidChallenge.of(List.of(challenge.slug() + "/tests/"
                    + error.path("file").asString("") + ":" + error.path("line").asInt() + ": "
                    + error.path("message").asString("")));
        }
        for (var file : out.properties()) {
            learner.put(file.getKey(), file.getValue().path("learner").asString());
            reference.put(file.getKey(), file.getValue().path("reference").asString());
        }
        return new Split(learner, reference);
    }

    private JsonNode run(String input) {
        try {
            Process process =
                    new ProcessBuilder(python.executable().toString(), "-I", "-S", "-B", script.toString()).start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            byte[] stdout = process.getInputStream().readAllBytes();
            String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("the test rewriter failed: " + stderr.strip());
            }
            return JSON.readTree(stdout);
        } catch (IOException e) {
            throw new IllegalStateException("the test rewriter could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rewriting tests", e);
        }
    }
}
