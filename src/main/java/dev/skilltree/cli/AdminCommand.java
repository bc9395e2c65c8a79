package dev.skilltree.cli;

import dev.skilltree.account.Account;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "admin",
        description = "Manage administrators.",
        subcommands = {AdminCommand.Create.class})
final class AdminCommand {

    @Command(name = "create", description = "Create an admin account (asks for the password).")
    static final class Create implements Callable<Integer> {

        @Option(names = "--user", paramLabel = "NAME", required = true, description = "The new admin's user name.")
        String user;

        @Option(
                names = "--password",
                paramLabel = "PASSWORD",
                interactive = true,
                arity = "0..1",
                description = "The password; asked for when not given (at least 10 characters).")
        String password;

        @Mixin
        DataOption data;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (password == null || password.isEmpty()) {
                throw UserError.missing("a password: pass --password or type it when asked");
            }
            Account admin = data.withServices(services -> services.accounts().createAdmin(user, password));
            spec.commandLine().getOut().printf("Created admin '%s'.%n", admin.username());
            return 0;
        }
    }
}
