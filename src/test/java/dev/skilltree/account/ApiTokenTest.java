package dev.skilltree.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void isActiveUntilRevoked() {
        assertThat(new ApiToken(1, "laptop", CREATED, null, null).active()).isTrue();
        assertThat(new ApiToken(1, "laptop", CREATED, CREATED, CREATED.plusSeconds(60)).active())
                .isFalse();
    }
}
