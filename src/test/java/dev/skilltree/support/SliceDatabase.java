package dev.skilltree.support;

import dev.skilltree.config.Transactions;
import java.io.IOException;
import java.nio.file.Files;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For a test's own Spring context ({@code @Import(SliceDatabase.class)}, as {@link ApiSlice} does): a migrated H2
 * database of its own ({@link TestDatabase}), a {@link JdbcClient} over it for the repositories a context scans, and
 * {@link Transactions} over it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SliceDatabase {

    @Bean(destroyMethod = "close")
    TestDatabase database() throws IOException {
        return TestDatabase.open(Files.createTempDirectory("slice"));
    }

    @Bean
    JdbcClient jdbc(TestDatabase database) {
        return database.jdbc();
    }

    @Bean
    Transactions transactions(TestDatabase database) {
        return new Transactions(database.dataSource());
    }
}
