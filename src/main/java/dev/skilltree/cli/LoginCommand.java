package dev.skilltree.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "login",
        description = "Sign in to a skilltree server and keep a personal token for 'submit' (file mode 0600).")
final class LoginCommand implements Callable<Integer> {

    @Option(names = "--server", required = true, paramLabel = "URL", description = "e.g. http://localhost:8080")
    String server;

    @Option(names = "--user", paramLabel = "NAME", description = "User name (asked for when missing).")
    String user;

    @Option(names = "--password-stdin", description = "Read the password from standard input instead of asking.")
    boolean passwordFromStdin;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Console console = System.console();
        String name = user;
        if (name == null) {
            if (console == null) {
                throw UserError.missing("--user (no terminal to ask on)");
            }
            name = console.readLine("User name: ");
        }
        String password;
        if (passwordFromStdin) {
            password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } else if (console != null) {
            char[] typed = console.readPassword("Password for %s: ", name);
            password = typed == null ? null : new String(typed);
        } else {
            throw UserError.missing("a password: use --password-stdin when there is no terminal");
        }
        if (password == null || password.isEmpty()) {
            throw UserError.missing("a password");
        }
        var answer = new ServerClient(server, null)
                .post("/api/v1/auth/token", Map.of("username", name.strip(), "password", password));
        new Credentials(server, answer.get("token").asString()).save();
        spec.commandLine()
                .getOut()
                .printf("Signed in to %s as %s; token kept in %s%n", server, name.strip(), Credentials.file());
        return 0;
    }
}
