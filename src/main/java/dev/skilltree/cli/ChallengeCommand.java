package dev.skilltree.cli;

import dev.skilltree.grading.ChallengeCheck;
import dev.skilltree.grading.GradingStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "challenge",
        description = "Work on a challenge as its author.",
        subcommands = ChallengeCommand.Check.class)
final class ChallengeCommand {

    @Command(
            name = "check",
            description = "Validate a challenge folder, grade its reference (must pass) and its starter (must not), "
                    + "and print what the reference observed, with timings.")
    static final class Check implements Callable<Integer> {

        @Parameters(
                paramLabel = "DIR",
                description = "The challenge folder (challenge.md, starter/, tests/, reference/).")
        Path folder;

        @Option(
                names = "--python",
                defaultValue = "python3",
                description = "Python 3.10+ to grade with (default: ${DEFAULT-VALUE}).")
        String python;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            GradingStatus status = GradingStatus.check(python, "auto");
            if (!status.available()) {
                throw UserError.of(status.problem());
            }
            ChallengeCheck check = ChallengeCheck.of(status.grader(), folder);
            PrintWriter out = spec.commandLine().getOut();
            String where = "sandbox: " + status.grader().isolation().name().toLowerCase();
            out.printf(
                    "%s (%s, %s)%n%nWhat the reference observed:%n",
                    check.challenge().slug(),
                    check.challenge().kind().code(),
                    check.challenge().version());
            check.observations().forEach(out::println);
            out.printf("%nThe reference:%n");
            GradeReport.print(out, check.reference(), where);
            out.printf("%nThe starter:%n");
            GradeReport.print(out, check.starter(), where);
            out.println();
            out.println(
                    check.ok()
                            ? "OK: the reference passes and the starter does not."
                            : "NOT OK: the reference must pass and the starter must not (without a sandbox error).");
            out.flush();
            return check.ok() ? 0 : 1;
        }
    }
}
