package dev.skilltree.cli;

import dev.skilltree.grading.GradeResult;
import dev.skilltree.grading.TestOutcome;
import dev.skilltree.grading.Verdict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

@Command(
        name = "submit",
        description = "Send your files to the server you signed in to, wait for the verdict and print it.")
final class SubmitCommand implements Callable<Integer> {

    @Mixin
    WorkFolder work;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Credentials credentials = Credentials.load();
        ServerClient server = new ServerClient(credentials.server(), credentials.token());
        JsonNode challenge = server.get("/api/v1/challenges/" + work.slug);
        List<String> names = new ArrayList<>();
        challenge.get("files").forEach(name -> names.add(name.asString()));
        Map<String, String> files = work.read(names);
        JsonNode accepted = server.post("/api/v1/challenges/" + work.slug + "/submissions", Map.of("files", files));
        long id = accepted.get("id").asLong();
        spec.commandLine().getOut().printf("Submitted #%d to %s; waiting for the verdict…%n", id, credentials.server());
        JsonNode finished = server.follow(
                "/api/v1/submissions/" + id + "/events",
                e -> e.path("status").asString("").equals("finished"));
        GradeResult result = result(finished);
        GradeReport.print(spec.commandLine().getOut(), result, "submission #" + id);
        return result.verdict() == Verdict.PASSED ? 0 : 1;
    }

    /** The finished submission as the report prints it; the tests are the server's TestOutcome records. */
    private static GradeResult result(JsonNode submission) {
        return new GradeResult(
                Verdict.valueOf(submission.path("verdict").asString("SANDBOX_ERROR")),
                submission.path("message").asString(""),
                ServerClient.JSON.convertValue(submission.path("tests"), new TypeReference<List<TestOutcome>>() {}),
                submission.path("runMillis").asLong());
    }
}
