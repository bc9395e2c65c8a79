package dev.skilltree.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TaskSchedulingTest {

    private static final DatabaseSettings H2 = DatabaseSettings.embedded(Path.of("data"));
    private static final DatabaseSettings POSTGRES =
            new DatabaseSettings("jdbc:postgresql://db/skilltree", "skilltree", "secret");

    @Test
    void pollsWithLockAndFetchOnPostgresqlUnlessConfiguredOtherwise() {
        assertThat(TaskScheduling.lockAndFetch("auto", POSTGRES)).isTrue();
        assertThat(TaskScheduling.lockAndFetch("auto", H2)).isFalse();
        assertThat(TaskScheduling.lockAndFetch("fetch", POSTGRES)).isFalse();
        assertThat(TaskScheduling.lockAndFetch("lock-and-fetch", POSTGRES)).isTrue();
        assertThatThrownBy(() -> TaskScheduling.lockAndFetch("fastest", POSTGRES))
                .hasMessage("skilltree.scheduler.polling is auto, lock-and-fetch or fetch, not fastest");
    }

    @Test
    void settingsNeverPrintThePassword() {
        assertThat(POSTGRES.toString())
                .isEqualTo("DatabaseSettings[url=jdbc:postgresql://db/skilltree, user=skilltree]")
                .doesNotContain("secret");
    }
}
