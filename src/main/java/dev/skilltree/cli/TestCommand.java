package dev.skilltree.cli;

import dev.skilltree.grading.BuiltInChallenges;
import dev.skilltree.grading.Challenge;
import dev.skilltree.grading.GradeResult;
import dev.skilltree.grading.Grader;
import dev.skilltree.grading.GradingStatus;
import dev.skilltree.grading.Verdict;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "test",
        description = "Grade your files locally and offline, with the same sandboxes and checks as the server.")
final class TestCommand implements Callable<Integer> {

    @Mixin
    WorkFolder work;

    @Option(
            names = "--python",
            defaultValue = "python3",
            description = "Python 3.10+ to grade with (default: ${DEFAULT-VALUE}).")
    String python;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Challenge challenge = BuiltInChallenges.get(work.slug);
        Map<String, String> files = work.read(challenge.starter().keySet());
        GradingStatus status = GradingStatus.check(python, "auto");
        if (!status.available()) {
            throw UserError.of(status.problem());
        }
        Grader grader = status.grader();
        GradeResult result = grader.grade(challenge, files, Grader.commandSlot());
        GradeReport.print(
                spec.commandLine().getOut(),
                result,
                "sandbox: " + grader.isolation().name().toLowerCase());
        return result.verdict() == Verdict.PASSED ? 0 : 1;
    }
}
