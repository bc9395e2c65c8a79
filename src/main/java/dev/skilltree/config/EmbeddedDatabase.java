package dev.skilltree.config;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The server's database: the same H2 file, with the same settings, that the commands open under the data directory. */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabase {

    @Bean
    JdbcConnectionDetails embeddedH2(@Value("${skilltree.data}") Path dataDir) {
        String url = Database.h2Url(dataDir);
        return new JdbcConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return url;
            }

            @Override
            public String getUsername() {
                return "sa";
            }

            @Override
            public String getPassword() {
                return "";
            }
        };
    }
}
