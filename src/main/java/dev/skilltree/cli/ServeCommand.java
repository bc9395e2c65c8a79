package dev.skilltree.cli;

import dev.skilltree.SkilltreeApplication;
import dev.skilltree.config.Database;
import dev.skilltree.config.NodeRole;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = "Start the server (embedded H2 database under --data, or PostgreSQL with --db).")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--role",
            defaultValue = "all",
            description = "all: serve and grade (default); web: serve pages and the API, grade nothing;"
                    + " worker: grade, and answer HTTP only for health and metrics.")
    String role;

    @Mixin
    DataOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        NodeRole nodeRole;
        try {
            nodeRole = NodeRole.of(role);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--role is all, web or worker, not '" + role + "'");
        }
        DatabaseChoice database = data.choice();
        if (!database.embedded()) {
            // A server that cannot reach its database says so in one sentence, before Spring starts.
            Database.connect(database.settings()).destroy();
        }
        List<String> args =
                new ArrayList<>(List.of("--server.port=" + port, "--" + NodeRole.PROPERTY + "=" + nodeRole.code()));
        args.addAll(List.of(database.serverArguments()));
        SpringApplication.run(SkilltreeApplication.class, args.toArray(String[]::new));
        return 0;
    }
}
