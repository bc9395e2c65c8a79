package dev.skilltree.cli;

import dev.skilltree.config.Database;
import dev.skilltree.config.Database.Migration;
import dev.skilltree.config.DatabaseSettings;
import dev.skilltree.config.DatabaseUnreachable;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** {@code doctor}'s database checks, as readiness makes them: can it be reached, and is its schema current? */
final class DatabaseChecks {

    private DatabaseChecks() {}

    static List<Finding> run(DataOption options) {
        DatabaseChoice choice;
        DatabaseSettings settings;
        try {
            choice = options.choice();
            settings = choice.settings();
        } catch (UserError e) {
            return List.of(Finding.fail(
                    "Database", e.getMessage(), "correct --db, --db-user, --db-password-file or the config file"));
        }
        String which = choice.embedded()
                ? "the embedded database in " + choice.dataDir()
                : settings.url() + (settings.user() == null ? "" : " as " + settings.user());
        try {
            return choice.connected(
                    dataSource -> List.of(Finding.ok("Database", "reached " + which), migrations(dataSource)));
        } catch (DatabaseUnreachable e) {
            return List.of(Finding.fail("Database", e.getMessage(), unreachableFix(choice)));
        }
    }

    private static Finding migrations(DataSource dataSource) {
        List<Migration> pending = Database.pending(dataSource);
        if (pending.isEmpty()) {
            return Finding.ok(
                    "Migrations",
                    "the schema is current (version "
                            + Database.current(dataSource).orElse("none") + ")");
        }
        return Finding.fail(
                "Migrations",
                "the schema is behind: " + pending.size() + " pending ("
                        + pending.stream().map(Migration::toString).collect(Collectors.joining(", ")) + ")",
                "run 'skilltree db migrate' with the same database options (serve also applies them when it starts)");
    }

    private static String unreachableFix(DatabaseChoice choice) {
        if (choice.embedded()) {
            return "check that " + choice.dataDir() + " is readable and writable by this user";
        }
        return "check the host, port and database name in the URL, the user and the password file, and that"
                + " PostgreSQL accepts connections from this machine (pg_hba.conf)";
    }
}
