package dev.skilltree.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skilltree.config.Transactions;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Registering and finding users over a real H2 database: the first one is the admin, the rest learners. */
class AccountServiceTest {

    private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path data;

    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private TestDatabase db;
    private AccountService accounts;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(data);
        accounts = new Transactions(db.dataSource())
                .around(AccountService.of(db.jdbc(), passwords, new MovableClock(NOW)));
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void theFirstUserIsTheAdminAndLaterOnesAreLearners() {
        Account first = accounts.register("  Ada ", PASSWORD);
        Account second = accounts.register("grace", PASSWORD);

        assertThat(first.username()).isEqualTo("ada");
        assertThat(first.role()).isEqualTo(Role.ADMIN);
        assertThat(first.createdAt()).isEqualTo(NOW);
        assertThat(second.role()).isEqualTo(Role.LEARNER);
        assertThat(accounts.list()).extracting(Account::username).containsExactly("ada", "grace");
    }

    @Test
    void anAdminMadeOnTheCommandLineIsAnAdminWhoeverCameFirst() {
        accounts.register("ada", PASSWORD);

        assertThat(accounts.createAdmin("root", PASSWORD).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void keepsOnlyAHashOfThePasswordThatMatchesIt() {
        accounts.register("ada", PASSWORD);

        String hash = accounts.passwordHash("ada").orElseThrow();
        assertThat(hash).doesNotContain(PASSWORD).startsWith("{bcrypt}");
        assertThat(passwords.matches(PASSWORD, hash)).isTrue();
    }

    @Test
    void refusesATakenNameOrAWeakPasswordAndStoresNothing() {
        accounts.register("ada", PASSWORD);

        assertThatThrownBy(() -> accounts.register("ADA", "another long secret"))
                .isInstanceOf(InvalidAccount.class)
                .hasMessage("The user name 'ada' is already taken.")
                .extracting(e -> ((InvalidAccount) e).field())
                .isEqualTo("username");
        assertThatThrownBy(() -> accounts.register("grace", "short"))
                .isInstanceOf(InvalidAccount.class)
                .extracting(e -> ((InvalidAccount) e).field())
                .isEqualTo("password");
        assertThat(accounts.list()).extracting(Account::username).containsExactly("ada");
    }

    @Test
    void findsAUserByIdOrByNameWhateverItsCaseAndSpaces() {
        Account ada = accounts.register("ada", PASSWORD);

        assertThat(accounts.find(" ADA ")).contains(ada);
        assertThat(accounts.find(ada.id())).contains(ada);
        assertThat(accounts.find("nobody")).isEmpty();
    }

    @Test
    void changesARoleOrSaysThereIsNoSuchUser() {
        accounts.register("ada", PASSWORD);
        accounts.register("grace", PASSWORD);

        accounts.changeRole("grace", Role.MENTOR);

        assertThat(accounts.find("grace")).get().extracting(Account::role).isEqualTo(Role.MENTOR);
        assertThatThrownBy(() -> accounts.changeRole("nobody", Role.ADMIN))
                .isInstanceOf(InvalidAccount.class)
                .hasMessage("There is no user named 'nobody'.");
    }
}
