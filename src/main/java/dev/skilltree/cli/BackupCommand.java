package dev.skilltree.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "backup",
        description = "Write a consistent backup of the embedded database to FILE (a zip), with the server running or"
                + " not. For PostgreSQL use pg_dump (docs/database.md).")
final class BackupCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The backup file to write, e.g. skilltree-backup.zip.")
    Path file;

    @Mixin
    DataOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path dir = data.choice().embeddedDir("backup", "pg_dump");
        long bytes = EmbeddedBackup.backup(dir, file);
        spec.commandLine().getOut().printf("Backed up %s to %s (%,d bytes).%n", dir, file, bytes);
        return 0;
    }
}
