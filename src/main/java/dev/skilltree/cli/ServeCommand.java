package dev.skilltree.cli;

import dev.skilltree.SkilltreeApplication;
import dev.skilltree.config.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Start the server (embedded H2 database under --data, or PostgreSQL with --db).")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        DatabaseChoice database = data.choice();
        if (!database.embedded()) {
            // A server that cannot reach its database says so in one sentence, before Spring starts.
            Database.connect(database.settings()).destroy();
        }
        List<String> args = new ArrayList<>(List.of("--server.port=" + port));
        args.addAll(List.of(database.serverArguments()));
        SpringApplication.run(SkilltreeApplication.class, args.toArray(String[]::new));
        return 0;
    }
}
