package dev.skilltree.cli;

import dev.skilltree.grading.GradeResult;
import dev.skilltree.grading.TestOutcome;
import dev.skilltree.grading.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

@Command(
        name = "submit",
        description = "Send your files to the server you signed in to, wait for the verdict and print it.")
final class SubmitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SLUG")
    String slug;

    @Parameters(
            index = "1",
            paramLabel = "DIR",
            defaultValue = ".",
            description = "Folder with your files (default: .).")
    Path dir;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Credentials credentials = Credentials.load();
        ServerClient server = new ServerClient(credentials.server(), credentials.token());
        JsonNode challenge = server.get("/api/v1/challenges/" + slug);
        List<String> names = new ArrayList<>();
        challenge.get("files").forEach(name -> names.add(name.asString()));
        Map<String, String> files = WorkFiles.read(slug, dir, names);
        JsonNode accepted = server.post("/api/v1/challenges/" + slug + "/submissions", Map.of("files", files));
        long id = accepted.get("id").asLong();
        spec.commandLine().getOut().printf("Submitted #%d to %s; waiting for the verdict…%n", id, credentials.server());
        JsonNode finished = server.follow(
                "/api/v1/submissions/" + id + "/events",
                e -> e.path("status").asString("").equals("finished"));
        GradeResult result = result(finished);
        GradeReport.print(spec.commandLine().getOut(), result, "submission #" + id);
        return result.verdict() == Verdict.PASSED ? 0 : 1;
    }

    private static GradeResult result(JsonNode submission) {
        List<TestOutcome> tests = new ArrayList<>();
        for (JsonNode test : submission.path("tests")) {
            tests.add(new TestOutcome(
                    test.path("name").asString(""),
                    test.path("status").asString(""),
                    test.path("message").asString(""),
                    test.path("output").asString(""),
                    test.path("durationMs").asDouble()));
        }
        return new GradeResult(
                Verdict.valueOf(submission.path("verdict").asString("SANDBOX_ERROR")),
                submission.path("message").asString(""),
                tests,
                submission.path("runMillis").asLong());
    }
}
