package dev.skilltree.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.config.Transactions;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.TestDatabase;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Personal API tokens over a real H2 database: shown once, stored as a hash, revoked by their owner only. */
class ApiTokenServiceTest {

    private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");

    @TempDir
    Path data;

    private final MovableClock clock = new MovableClock(NOW);
    private TestDatabase db;
    private ApiTokenService tokens;
    private long ada;
    private long bob;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(data);
        tokens = new Transactions(db.dataSource())
                .around(new ApiTokenService(
                        new ApiTokenRepository(db.jdbc()),
                        new AccountRepository(db.jdbc()),
                        clock,
                        new SecureRandom()));
        ada = db.user("ada");
        bob = db.user("bob");
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void issuesASecretShownOnceAndStoresOnlyItsHash() {
        ApiToken.Issued issued = tokens.create(ada, "laptop");
        ApiToken.Issued other = tokens.create(ada, "laptop");

        assertThat(issued.secret()).matches("st_[A-Za-z0-9_-]{43}");
        assertThat(other.secret()).isNotEqualTo(issued.secret());
        assertThat(db.jdbc()
                        .sql("select token_hash from api_token")
                        .query(String.class)
                        .list())
                .hasSize(2)
                .doesNotContain(issued.secret(), other.secret())
                .allMatch(hash -> hash.matches("[0-9a-f]{64}"));
        assertThat(tokens.list(ada))
                .extracting(ApiToken::id, ApiToken::name, ApiToken::createdAt, ApiToken::active)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(other.id(), "laptop", NOW, true),
                        org.assertj.core.groups.Tuple.tuple(issued.id(), "laptop", NOW, true));
    }

    @Test
    void namesAnUnnamedTokenTokenAndCutsALongNameTo80Characters() {
        assertThat(tokens.create(ada, null).name()).isEqualTo("token");
        assertThat(tokens.create(ada, "   ").name()).isEqualTo("token");
        assertThat(tokens.create(ada, "  cli  ").name()).isEqualTo("cli");
        assertThat(tokens.create(ada, "n".repeat(100)).name()).isEqualTo("n".repeat(80));
    }

    @Test
    void aTokenSignsItsOwnerInAndItsLastUseIsKeptToTheMinute() {
        String secret = tokens.create(ada, "cli").secret();

        assertThat(tokens.authenticate(secret))
                .get()
                .extracting(Account::username)
                .isEqualTo("ada");
        assertThat(lastUsed()).isEqualTo(NOW);

        clock.advance(Duration.ofSeconds(50));
        tokens.authenticate(secret);
        assertThat(lastUsed()).as("used again within the minute").isEqualTo(NOW);

        clock.advance(Duration.ofSeconds(20));
        tokens.authenticate(secret);
        assertThat(lastUsed()).isEqualTo(NOW.plusSeconds(70));
    }

    @Test
    void signsNobodyInWithAnUnknownMalformedOrRevokedToken() {
        ApiToken.Issued issued = tokens.create(ada, "cli");

        assertThat(tokens.authenticate(null)).isEmpty();
        assertThat(tokens.authenticate("st_made-up")).isEmpty();
        assertThat(tokens.authenticate(issued.secret().substring(3)))
                .as("without its prefix")
                .isEmpty();
        assertThat(tokens.authenticate(issued.secret() + "x".repeat(100))).isEmpty();

        assertThat(tokens.revoke(ada, issued.id())).isTrue();
        assertThat(tokens.authenticate(issued.secret())).isEmpty();
        assertThat(tokens.list(ada).getFirst().revokedAt()).isEqualTo(NOW);
    }

    @Test
    void onlyTheOwnerRevokesATokenAndOnlyOnce() {
        ApiToken.Issued issued = tokens.create(ada, "cli");

        assertThat(tokens.revoke(bob, issued.id())).isFalse();
        assertThat(tokens.authenticate(issued.secret())).isPresent();
        assertThat(tokens.revoke(ada, issued.id())).isTrue();
        assertThat(tokens.revoke(ada, issued.id())).isFalse();
        assertThat(tokens.list(bob)).isEmpty();
    }

    private Instant lastUsed() {
        return tokens.list(ada).getFirst().lastUsedAt();
    }
}
