package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Runs on both databases: H2 and a real PostgreSQL. */
@ParameterizedClass
@EnumSource(Engine.class)
class EvidenceRepositoryTest {

    @Parameter
    Engine engine;

    private static final Instant AT = Instant.parse("2026-04-01T12:00:00Z");

    @TempDir
    Path data;

    @AutoClose
    private TestDatabase db;

    private EvidenceRepository evidence;
    private long ada;
    private long bob;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(engine, data);
        evidence = new EvidenceRepository(db.jdbc());
        ada = db.user("ada");
        bob = db.user("bob");
        db.challenge("fizzbuzz");
        db.challenge("counter");
    }

    @Test
    void recordsAPassAsEvidenceOnTheNode() {
        long passed = db.submission(ada, "fizzbuzz");

        evidence.add(ada, "loops", "fizzbuzz", passed, AT);

        assertThat(evidence.of(ada, "loops")).containsExactly(new Evidence("loops", "fizzbuzz", passed, AT));
    }

    @Test
    void keepsTheFirstPassOnly() {
        long first = db.submission(ada, "fizzbuzz");
        long second = db.submission(ada, "fizzbuzz");

        evidence.add(ada, "loops", "fizzbuzz", first, AT);
        evidence.add(ada, "loops", "fizzbuzz", second, AT.plusSeconds(3600));

        assertThat(evidence.of(ada, "loops")).containsExactly(new Evidence("loops", "fizzbuzz", first, AT));
    }

    @Test
    void listsEachChallengesEvidenceInTheOrderItWasEarned() {
        long counter = db.submission(ada, "counter");
        long fizzbuzz = db.submission(ada, "fizzbuzz");

        evidence.add(ada, "loops", "counter", counter, AT.plusSeconds(60));
        evidence.add(ada, "loops", "fizzbuzz", fizzbuzz, AT);
        evidence.add(ada, "functions", "fizzbuzz", fizzbuzz, AT);

        assertThat(evidence.of(ada, "loops")).extracting(Evidence::challenge).containsExactly("fizzbuzz", "counter");
        assertThat(evidence.of(ada, "functions"))
                .extracting(Evidence::challenge)
                .containsExactly("fizzbuzz");
    }

    @Test
    void showsNoOneElsesEvidence() {
        evidence.add(ada, "loops", "fizzbuzz", db.submission(ada, "fizzbuzz"), AT);

        assertThat(evidence.of(bob, "loops")).isEmpty();
        assertThat(evidence.of(ada, "types")).isEmpty();
    }
}
