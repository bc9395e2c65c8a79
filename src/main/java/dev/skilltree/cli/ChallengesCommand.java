package dev.skilltree.cli;

import dev.skilltree.grading.BuiltInChallenges;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

@Command(name = "challenges", description = "List the graded challenges: slug, difficulty, roadmap nodes and title.")
final class ChallengesCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var challenges = BuiltInChallenges.load();
        int width = challenges.stream().mapToInt(c -> c.slug().length()).max().orElse(4);
        out.printf("%-" + width + "s  %-12s  %s%n", "SLUG", "DIFFICULTY", "TITLE");
        challenges.forEach(c -> out.printf(
                "%-" + width + "s  %-12s  %s / %s%n",
                c.slug(),
                c.difficulty().code(),
                c.title().zh(),
                c.title().en()));
        out.flush();
        return 0;
    }
}
