package dev.skilltree.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "restore",
        description = "Restore the embedded database in --data from a backup FILE; refuses a data directory that has"
                + " a database unless --force. For PostgreSQL use pg_restore (docs/database.md).")
final class RestoreCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A backup written by 'skilltree backup'.")
    Path file;

    @Option(names = "--force", description = "Replace the database already in the data directory.")
    boolean force;

    @Mixin
    DataOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path dir = data.choice().embeddedDir("restore", "pg_restore");
        EmbeddedBackup.restore(file, dir, force);
        spec.commandLine().getOut().printf("Restored %s from %s.%n", dir, file);
        return 0;
    }
}
