package dev.skilltree.config;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server's database: PostgreSQL when {@code skilltree.db.url} names one, else the same H2 file, with the same
 * settings, that the commands open under the data directory. The command line resolves {@code --db}, the
 * environment and the config file into these properties; the password stays in its file until here.
 */
@Configuration(proxyBeanMethods = false)
class ServerDatabase {

    @Bean
    DatabaseSettings databaseSettings(
            @Value("${skilltree.data}") Path dataDir,
            @Value("${skilltree.db.url:}") String url,
            @Value("${skilltree.db.user:}") String user,
            @Value("${skilltree.db.password-file:}") String passwordFile) {
        if (url.isBlank()) {
            return DatabaseSettings.embedded(dataDir);
        }
        return DatabaseSettings.postgres(
                url, user.isBlank() ? null : user, passwordFile.isBlank() ? null : Path.of(passwordFile));
    }

    @Bean
    JdbcConnectionDetails jdbcConnectionDetails(DatabaseSettings settings) {
        return new JdbcConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return settings.url();
            }

            @Override
            public String getUsername() {
                return settings.user();
            }

            @Override
            public String getPassword() {
                return settings.password();
            }
        };
    }
}
