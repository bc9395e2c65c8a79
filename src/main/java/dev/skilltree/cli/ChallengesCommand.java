package dev.skilltree.cli;

import dev.skilltree.grading.BuiltInChallenges;
import dev.skilltree.grading.Challenge;
import dev.skilltree.grading.ChallengeFilter;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "challenges",
        description = "List the graded challenges (stage tests, practice projects, then topic challenges), "
                + "filtered as on the web page.")
final class ChallengesCommand implements Callable<Integer> {

    @Option(names = "--series", description = "topic, stage-test or project.")
    String series;

    @Option(names = "--stage", description = "The roadmap stage, 1 to 5.")
    Integer stage;

    @Option(names = "--topic", description = "A topic, such as asyncio or gc.")
    String topic;

    @Option(names = "--direction", description = "backend, data, crawler-testing, systems or distributed.")
    String direction;

    @Option(names = "--difficulty", description = "beginner, intermediate or advanced.")
    String difficulty;

    @Option(names = "--kind", description = "unit, perf, memory, fault or service.")
    String kind;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Challenge> challenges =
                new ChallengeFilter(series, stage, topic, direction, difficulty, kind).apply(BuiltInChallenges.load());
        if (challenges.isEmpty()) {
            out.println("No challenge matches these filters.");
            out.flush();
            return 0;
        }
        int width = challenges.stream().mapToInt(c -> c.slug().length()).max().orElse(4);
        String row = "%-" + width + "s  %-10s  %-7s  %-12s  %-5s  %-16s  %s%n";
        out.printf(row, "SLUG", "SERIES", "KIND", "DIFFICULTY", "STAGE", "TOPIC", "TITLE");
        challenges.forEach(c -> out.printf(
                row,
                c.slug(),
                c.tags().series(),
                c.kind().code(),
                c.difficulty().code(),
                c.tags().stage() == 0 ? "-" : String.valueOf(c.tags().stage()),
                c.tags().topic().isEmpty() ? "-" : c.tags().topic(),
                c.title().en() + " / " + c.title().zh()));
        out.flush();
        return 0;
    }
}
