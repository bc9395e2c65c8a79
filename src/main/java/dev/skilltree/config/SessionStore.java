package dev.skilltree.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in the database (Spring Session JDBC, tables from the V8 migration), so a learner signed in on one
 * web node is signed in on all. Two requests of one session that set the same attribute at once (a page and its
 * htmx fragments) write it with an upsert rather than failing on the second insert: {@code INSERT … ON CONFLICT} on
 * PostgreSQL, {@code MERGE … KEY} on H2.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    private static final String H2_UPSERT_ATTRIBUTE = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpserts(DatabaseSettings database) {
        if (database.postgres()) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT_ATTRIBUTE);
    }
}
