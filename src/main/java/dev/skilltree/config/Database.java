package dev.skilltree.config;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The embedded database under a data directory, for commands that run without the server. */
public final class Database {

    private static final String MIGRATIONS = "classpath:db/migration";

    private Database() {}

    /**
     * The H2 file database in {@code dataDir}. AUTO_SERVER lets a command use the same files while {@code serve}
     * has them open.
     */
    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("skilltree") + ";AUTO_SERVER=TRUE";
    }

    /** One connection, kept open for the life of the command; close it with {@link SingleConnectionDataSource#destroy()}. */
    public static SingleConnectionDataSource open(Path dataDir) {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(h2Url(dataDir), "sa", "", true);
        migrate(dataSource);
        return dataSource;
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    public static TransactionTemplate transactions(DataSource dataSource) {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }
}
