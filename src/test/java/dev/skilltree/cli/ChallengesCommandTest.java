package dev.skilltree.cli;

import static dev.skilltree.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.cli.CliTest.Run;
import dev.skilltree.grading.BuiltInChallenges;
import org.junit.jupiter.api.Test;

/** {@code skilltree challenges}: the built-in challenges in a table, filtered as on the web page. */
class ChallengesCommandTest {

    @Test
    void challengesTakesTheFiltersOfThePage() {
        Run closures = run("challenges", "--topic", "closures", "--stage", "3");
        Run none = run("challenges", "--kind", "service", "--topic", "closures");

        assertThat(closures.exitCode()).isZero();
        assertThat(closures.out())
                .startsWith("SLUG")
                .contains("closure-counter  topic")
                .doesNotContain("kv-server");
        assertThat(none.out()).isEqualTo("No challenge matches these filters.\n");
    }

    @Test
    void withoutFiltersListsEveryChallengeUnderOneHeader() {
        Run all = run("challenges");

        assertThat(all.exitCode()).isZero();
        assertThat(all.out().lines().toList())
                .hasSize(BuiltInChallenges.load().size() + 1)
                .first()
                .asString()
                .matches("SLUG +SERIES +KIND +DIFFICULTY +STAGE +TOPIC +TITLE");
        assertThat(all.out()).contains("closure-counter", "kv-server");
    }
}
