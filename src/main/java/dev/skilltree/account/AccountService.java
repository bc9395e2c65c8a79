package dev.skilltree.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds users. The first user ever created is the admin. Each method is one transaction. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** The service over {@code jdbc}, for the command line; it is made transactional there as Spring makes it. */
    public static AccountService of(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        return new AccountService(new AccountRepository(jdbc), passwords, clock);
    }

    /** Registers a learner, or the admin when no user exists yet. */
    @Transactional
    public Account register(String rawUsername, String password) {
        return create(rawUsername, password, null);
    }

    /** Creates an admin whatever users exist: the command-line way to get the first admin or another one. */
    @Transactional
    public Account createAdmin(String rawUsername, String password) {
        return create(rawUsername, password, Role.ADMIN);
    }

    private Account create(String rawUsername, String password, Role forcedRole) {
        String username = Credentials.normalizeUsername(rawUsername);
        Credentials.checkPassword(username, password);
        String hash = passwords.encode(password);
        if (accounts.exists(username)) {
            throw InvalidAccount.usernameTaken(username);
        }
        Role role = forcedRole != null ? forcedRole : accounts.count() == 0 ? Role.ADMIN : Role.LEARNER;
        long id = accounts.insert(username, hash, role, clock.instant());
        return accounts.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(String username) {
        return accounts.find(username.strip().toLowerCase(java.util.Locale.ROOT));
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(long id) {
        return accounts.find(id);
    }

    /** The stored hash, for the sign-in check only. */
    @Transactional(readOnly = true)
    Optional<String> passwordHash(String username) {
        return accounts.passwordHash(username);
    }

    @Transactional(readOnly = true)
    public List<Account> list() {
        return accounts.findAll();
    }

    @Transactional
    public void changeRole(String username, Role role) {
        Account account = accounts.find(username).orElseThrow(() -> InvalidAccount.noSuchUser(username));
        accounts.updateRole(account.id(), role);
    }
}
