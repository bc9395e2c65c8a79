package dev.skilltree.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skilltree.support.Engine;
import dev.skilltree.support.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataIntegrityViolationException;

/** Runs on both databases: H2 and a real PostgreSQL. */
@ParameterizedClass
@EnumSource(Engine.class)
class AccountRepositoryTest {

    @Parameter
    Engine engine;

    private static final Instant CREATED = Instant.parse("2026-02-03T04:05:06Z");

    @TempDir
    Path data;

    @AutoClose
    private TestDatabase db;

    private AccountRepository accounts;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(engine, data);
        accounts = new AccountRepository(db.jdbc());
    }

    @Test
    void findsANewAccountByNameAndByIdWithoutItsHash() {
        long id = accounts.insert("ada", "{bcrypt}hash", Role.MENTOR, CREATED);

        Account expected = new Account(id, "ada", Role.MENTOR, CREATED);
        assertThat(accounts.find("ada")).contains(expected);
        assertThat(accounts.find(id)).contains(expected);
        assertThat(accounts.passwordHash("ada")).contains("{bcrypt}hash");
    }

    @Test
    void findsNothingForAnUnknownUser() {
        assertThat(accounts.find("nobody")).isEmpty();
        assertThat(accounts.find(404L)).isEmpty();
        assertThat(accounts.passwordHash("nobody")).isEmpty();
        assertThat(accounts.exists("nobody")).isFalse();
    }

    @Test
    void countsAndListsAccountsByUsername() {
        accounts.insert("carol", "h", Role.LEARNER, CREATED);
        accounts.insert("alice", "h", Role.ADMIN, CREATED);
        accounts.insert("bob", "h", Role.LEARNER, CREATED);

        assertThat(accounts.count()).isEqualTo(3);
        assertThat(accounts.exists("bob")).isTrue();
        assertThat(accounts.findAll()).extracting(Account::username).containsExactly("alice", "bob", "carol");
    }

    @Test
    void refusesASecondAccountWithTheSameUsername() {
        accounts.insert("ada", "h1", Role.LEARNER, CREATED);

        assertThatThrownBy(() -> accounts.insert("ada", "h2", Role.ADMIN, CREATED))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(accounts.passwordHash("ada")).contains("h1");
    }

    @Test
    void changesTheRoleOfOneAccountOnly() {
        long ada = accounts.insert("ada", "h", Role.LEARNER, CREATED);
        long bob = accounts.insert("bob", "h", Role.LEARNER, CREATED);

        accounts.updateRole(ada, Role.ADMIN);

        assertThat(accounts.find(ada)).get().extracting(Account::role).isEqualTo(Role.ADMIN);
        assertThat(accounts.find(bob)).get().extracting(Account::role).isEqualTo(Role.LEARNER);
    }
}
