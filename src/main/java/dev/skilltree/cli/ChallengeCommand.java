package dev.skilltree.cli;

import dev.skilltree.grading.ChallengeCheck;
import dev.skilltree.grading.GradingStatus;
import dev.skilltree.grading.Verdict;
import dev.skilltree.grading.WrongSolution;
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
            out.printf("%nThe reference (graded in %d ms):%n", check.reference().millis());
            GradeReport.print(out, check.reference().result(), where);
            out.printf("%nThe starter (graded in %d ms):%n", check.starter().millis());
            GradeReport.print(out, check.starter().result(), where);
            for (ChallengeCheck.GradedWrong wrong : check.wrong()) {
                WrongSolution solution = wrong.solution();
                out.printf(
                        "%nWrong solution %s, expected %s%s (graded in %d ms):%n",
                        solution.name(),
                        solution.verdict(),
                        solution.because().isEmpty() ? "" : " showing '" + solution.because() + "'",
                        wrong.graded().millis());
                GradeReport.print(out, wrong.graded().result(), where);
                if (!wrong.asExpected()) {
                    out.printf(
                            "NOT AS EXPECTED: got %s, expected %s%s%n",
                            wrong.graded().verdict(),
                            solution.verdict(),
                            solution.because().isEmpty()
                                    ? ""
                                    : " with a failed check showing '" + solution.because() + "'");
                }
            }
            out.println();
            out.println(summary(check));
            out.flush();
            return check.ok() ? 0 : 1;
        }

        private static String summary(ChallengeCheck check) {
            long rejected = check.wrong().stream()
                    .filter(ChallengeCheck.GradedWrong::asExpected)
                    .count();
            String wrong = check.wrong().isEmpty()
                    ? ""
                    : ", and " + rejected + " of " + check.wrong().size() + " wrong solutions fail as expected";
            if (check.ok()) {
                return check.wrong().isEmpty()
                        ? "OK: the reference passes and the starter does not."
                        : "OK: the reference passes, the starter does not" + wrong + ".";
            }
            boolean starterOk = check.starter().verdict() != Verdict.PASSED
                    && check.starter().verdict() != Verdict.SANDBOX_ERROR;
            return "NOT OK: the reference "
                    + (check.reference().verdict() == Verdict.PASSED ? "passes" : "does not pass")
                    + ", the starter "
                    + (starterOk ? "does not pass" : "gets " + check.starter().verdict())
                    + wrong + "; the reference must pass, the starter must not (without a sandbox error), and every"
                    + " wrong solution must get the verdict in its expect file.";
        }
    }
}
