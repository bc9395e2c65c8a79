package dev.skilltree.cli;

import dev.skilltree.SkilltreeApplication;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Start the server (embedded H2 database under --data).")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        Path dir = data.dir.toAbsolutePath().normalize();
        SpringApplication.run(SkilltreeApplication.class, "--server.port=" + port, "--skilltree.data=" + dir);
        return 0;
    }
}
