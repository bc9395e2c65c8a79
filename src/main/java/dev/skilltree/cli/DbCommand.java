package dev.skilltree.cli;

import dev.skilltree.config.Database;
import dev.skilltree.config.Database.Migration;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(
        name = "db",
        description = "Bring the database schema up to date, or check whether it is.",
        subcommands = {DbCommand.Migrate.class, DbCommand.Check.class})
final class DbCommand {

    @Command(name = "migrate", description = "Apply the migrations the database has not had yet.")
    static final class Migrate implements Callable<Integer> {

        @Mixin
        DataOption data;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<Migration> applied = data.choice().connected(Database::migrateFully);
            PrintWriter out = spec.commandLine().getOut();
            if (applied.isEmpty()) {
                out.println("The schema is current; nothing to apply.");
            } else {
                out.printf("Applied %d migration%s: %s.%n", applied.size(), plural(applied), names(applied));
            }
            return 0;
        }
    }

    @Command(
            name = "check",
            description = "Say whether the schema is current; exit code 0 if it is, 1 if migrations are pending.")
    static final class Check implements Callable<Integer> {

        @Mixin
        DataOption data;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<Migration> pending = data.choice().connected(Database::pending);
            if (pending.isEmpty()) {
                spec.commandLine().getOut().println("The schema is current.");
                return 0;
            }
            spec.commandLine()
                    .getOut()
                    .printf(
                            "The schema is behind: %d migration%s pending (%s). Run 'skilltree db migrate'.%n",
                            pending.size(), plural(pending), names(pending));
            return 1;
        }
    }

    private static String plural(List<Migration> migrations) {
        return migrations.size() == 1 ? "" : "s";
    }

    private static String names(List<Migration> migrations) {
        return migrations.stream().map(Migration::toString).collect(Collectors.joining(", "));
    }
}
