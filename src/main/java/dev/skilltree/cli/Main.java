package dev.skilltree.cli;

import dev.skilltree.account.InvalidAccount;
import dev.skilltree.config.DatabaseUnreachable;
import dev.skilltree.grading.ChallengeExists;
import dev.skilltree.grading.ChallengeNotFound;
import dev.skilltree.grading.InvalidChallenge;
import dev.skilltree.grading.InvalidSubmission;
import dev.skilltree.roadmap.InvalidRoadmap;
import dev.skilltree.roadmap.RoadmapExists;
import dev.skilltree.roadmap.RoadmapNotFound;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one entry point: only {@code serve} starts Spring; the other commands work on the database directly. */
@Command(
        name = "skilltree",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "A self-hosted learning-path platform.",
        subcommands = {
            ServeCommand.class,
            ValidateCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            RoadmapsCommand.class,
            PlanCommand.class,
            ReviewCommand.class,
            ChallengesCommand.class,
            ChallengeCommand.class,
            FetchCommand.class,
            TestCommand.class,
            LoginCommand.class,
            SubmitCommand.class,
            AdminCommand.class,
            DbCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            DoctorCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        boolean serve = args.length > 0 && args[0].equals("serve");
        if (!serve) {
            quietLibraries();
        }
        int exitCode = commandLine().execute(args);
        if (!serve || exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** Commands print their own results; library chatter (Flyway's migration log) would only get in the way. */
    private static void quietLibraries() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler(Main::explain);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Known failures become one plain message on stderr and exit code 1; nothing prints a stack trace. */
    private static int explain(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        switch (e) {
            case InvalidRoadmap invalid -> invalid.problems().forEach(err::println);
            case RoadmapNotFound notFound -> err.println(notFound.getMessage());
            case RoadmapExists exists -> err.println(exists.getMessage());
            case ChallengeNotFound notFound -> err.println(notFound.getMessage());
            case InvalidSubmission invalid -> err.println(invalid.getMessage());
            case InvalidChallenge invalid -> invalid.problems().forEach(err::println);
            case ChallengeExists exists -> err.println(exists.getMessage());
            case UserError user -> err.println(user.getMessage());
            case InvalidAccount invalid -> err.println(invalid.getMessage());
            case DatabaseUnreachable unreachable -> err.println("skilltree: " + unreachable.getMessage());
            default -> err.println("skilltree: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        err.flush();
        return 1;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"skilltree " + (version == null ? "development" : version)};
        }
    }
}
