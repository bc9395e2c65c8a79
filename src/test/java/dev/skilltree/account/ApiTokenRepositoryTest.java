package dev.skilltree.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skilltree.support.Engine;
import dev.skilltree.support.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataIntegrityViolationException;

/** The api_token table's SQL, on both databases: H2 and a real PostgreSQL. */
@ParameterizedClass
@EnumSource(Engine.class)
class ApiTokenRepositoryTest {

    private static final Instant MONDAY = Instant.parse("2026-05-04T08:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-05-05T08:00:00Z");

    @Parameter
    Engine engine;

    @TempDir
    Path data;

    private TestDatabase db;
    private ApiTokenRepository tokens;
    private long ada;
    private long bob;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(engine, data);
        tokens = new ApiTokenRepository(db.jdbc());
        ada = db.user("ada");
        bob = db.user("bob");
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void listsAUsersTokensNewestFirst() {
        long first = tokens.insert(ada, "first", "hash-1", MONDAY);
        long second = tokens.insert(ada, "second", "hash-2", MONDAY);
        long third = tokens.insert(ada, "third", "hash-3", TUESDAY);
        tokens.insert(bob, "bobs", "hash-4", TUESDAY);

        assertThat(tokens.of(ada))
                .containsExactly(
                        new ApiToken(third, "third", TUESDAY, null, null),
                        new ApiToken(second, "second", MONDAY, null, null),
                        new ApiToken(first, "first", MONDAY, null, null));
    }

    @Test
    void findsAnActiveTokenByItsHashAndRecordsItsUse() {
        long id = tokens.insert(ada, "cli", "hash-1", MONDAY);

        assertThat(tokens.active("hash-1")).contains(new ApiTokenRepository.Match(id, ada, null));
        tokens.used(id, TUESDAY);

        assertThat(tokens.active("hash-1")).contains(new ApiTokenRepository.Match(id, ada, TUESDAY));
        assertThat(tokens.of(ada).getFirst().lastUsedAt()).isEqualTo(TUESDAY);
        assertThat(tokens.active("hash-2")).isEmpty();
    }

    @Test
    void revokesOnlyTheOwnersActiveToken() {
        long id = tokens.insert(ada, "cli", "hash-1", MONDAY);

        assertThat(tokens.revoke(bob, id, TUESDAY)).isFalse();
        assertThat(tokens.active("hash-1")).isPresent();
        assertThat(tokens.revoke(ada, id, TUESDAY)).isTrue();
        assertThat(tokens.revoke(ada, id, TUESDAY.plusSeconds(60))).isFalse();

        assertThat(tokens.active("hash-1")).isEmpty();
        assertThat(tokens.of(ada).getFirst().revokedAt()).isEqualTo(TUESDAY);
    }

    @Test
    void refusesTwoTokensWithTheSameHash() {
        tokens.insert(ada, "cli", "hash-1", MONDAY);

        assertThatThrownBy(() -> tokens.insert(bob, "other", "hash-1", MONDAY))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
