package dev.skilltree.account;

import dev.skilltree.config.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

@org.springframework.stereotype.Repository
class AccountRepository {

    private static final String COLUMNS = "id, username, role, created_at";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(String username, String passwordHash, Role role, Instant now) {
        jdbc.sql("insert into app_user (username, password_hash, role, created_at) values (?, ?, ?, ?)")
                .params(username, passwordHash, role.name(), Database.utc(now))
                .update();
        return jdbc.sql("select id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    Optional<Account> find(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where username = ?")
                .param(username)
                .query(AccountRepository::account)
                .optional();
    }

    Optional<Account> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from app_user where id = ?")
                .param(id)
                .query(AccountRepository::account)
                .optional();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from app_user where username = ?")
                .param(username)
                .query(String.class)
                .optional();
    }

    List<Account> findAll() {
        return jdbc.sql("select " + COLUMNS + " from app_user order by username")
                .query(AccountRepository::account)
                .list();
    }

    void updateRole(long id, Role role) {
        jdbc.sql("update app_user set role = ? where id = ?")
                .params(role.name(), id)
                .update();
    }

    static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(
                rs.getLong("id"),
                rs.getString("username"),
                Role.valueOf(rs.getString("role")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
