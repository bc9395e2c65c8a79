package dev.skilltree.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Creates and finds users. The first user ever created is the admin. Each method is one transaction; they are
 * programmatic so that {@code skilltree admin create}, which runs without Spring, gets the same rules.
 */
public class AccountService {

    private final AccountRepository accounts;
    private final TransactionOperations transactions;
    private final PasswordEncoder passwords;
    private final Clock clock;

    public AccountService(
            DataSource dataSource, TransactionOperations transactions, PasswordEncoder passwords, Clock clock) {
        this.accounts = new AccountRepository(JdbcClient.create(dataSource));
        this.transactions = transactions;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Registers a learner, or the admin when no user exists yet. */
    public Account register(String rawUsername, String password) {
        return create(rawUsername, password, null);
    }

    /** Creates an admin whatever users exist: the command-line way to get the first admin or another one. */
    public Account createAdmin(String rawUsername, String password) {
        return create(rawUsername, password, Role.ADMIN);
    }

    private Account create(String rawUsername, String password, Role forcedRole) {
        String username = Credentials.normalizeUsername(rawUsername);
        Credentials.checkPassword(username, password);
        String hash = passwords.encode(password);
        return transactions.execute(status -> {
            if (accounts.exists(username)) {
                throw InvalidAccount.usernameTaken(username);
            }
            Role role = forcedRole != null ? forcedRole : accounts.count() == 0 ? Role.ADMIN : Role.LEARNER;
            long id = accounts.insert(username, hash, role, clock.instant());
            return accounts.find(id).orElseThrow();
        });
    }

    public Optional<Account> find(String username) {
        return transactions.execute(status -> accounts.find(username.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    public Optional<Account> find(long id) {
        return transactions.execute(status -> accounts.find(id));
    }

    /** The stored hash, for the sign-in check only. */
    Optional<String> passwordHash(String username) {
        return transactions.execute(status -> accounts.passwordHash(username));
    }

    public List<Account> list() {
        return transactions.execute(status -> accounts.findAll());
    }

    public void changeRole(String username, Role role) {
        transactions.executeWithoutResult(status -> {
            Account account = accounts.find(username).orElseThrow(() -> InvalidAccount.noSuchUser(username));
            accounts.updateRole(account.id(), role);
        });
    }
}
