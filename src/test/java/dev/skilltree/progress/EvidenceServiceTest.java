package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.grading.ChallengePassed;
import dev.skilltree.grading.ChallengeService;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence of mastery over a real H2 database holding the built-in challenges: closure-counter proves closures and
 * higher-order-functions; generator-pipeline and generator-scheduler prove generators; nothing proves decorators.
 */
class EvidenceServiceTest {

    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

    @TempDir
    Path data;

    private TestDatabase db;
    private EvidenceService evidence;
    private long learner;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(data);
        ChallengeService challenges = ChallengeService.of(db.jdbc(), new MovableClock(AT));
        challenges.installBuiltIns();
        evidence = new EvidenceService(new EvidenceRepository(db.jdbc()), challenges);
        learner = db.user("learner");
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void aPassIsEvidenceOnEveryNodeTheChallengeProvesAndTheFirstPassIsKept() {
        long first = pass("closure-counter", AT, "closures", "higher-order-functions");
        pass("closure-counter", AT.plus(Duration.ofDays(1)), "closures", "higher-order-functions");

        List<LinkedChallenge> closures = evidence.forNode(learner, "closures");

        assertThat(closures).singleElement().satisfies(linked -> {
            assertThat(linked.challenge().slug()).isEqualTo("closure-counter");
            assertThat(linked.passed()).isEqualTo(new Evidence("closures", "closure-counter", first, AT));
        });
        assertThat(evidence.forNode(learner, "higher-order-functions"))
                .extracting(linked -> linked.passed().submissionId())
                .containsExactly(first);
    }

    @Test
    void aNodesChallengesShowNoPassForSomeoneSignedOutOrWhoHasNotPassed() {
        pass("closure-counter", AT, "closures");

        assertThat(evidence.forNode(null, "closures")).singleElement().satisfies(linked -> assertThat(linked.passed())
                .isNull());
        assertThat(evidence.forNode(db.user("other"), "closures"))
                .singleElement()
                .satisfies(linked -> assertThat(linked.passed()).isNull());
        assertThat(evidence.forNode(learner, "generators"))
                .extracting(linked -> linked.challenge().slug())
                .containsExactlyInAnyOrder("generator-pipeline", "generator-scheduler");
        assertThat(evidence.forNode(learner, "decorators")).isEmpty();
    }

    @Test
    void provesTheNodesOfThePassedChallengesAndNotTheOthers() {
        pass("closure-counter", AT, "closures", "higher-order-functions");

        var proofs = evidence.proofs(learner);

        assertThat(proofs.get("closures")).isTrue();
        assertThat(proofs.get("higher-order-functions")).isTrue();
        assertThat(proofs.get("generators")).isFalse();
        assertThat(proofs).doesNotContainKey("decorators");
        assertThat(evidence.proofs(db.user("other")).get("closures")).isFalse();
    }

    @Test
    void countsEachNodesChallengesAndThoseTheLearnerPassed() {
        pass("generator-pipeline", AT, "generators");

        assertThat(evidence.counts(learner).get("generators")).isEqualTo(new ChallengeCount(2, 1));
        assertThat(evidence.counts(learner).get("closures")).isEqualTo(new ChallengeCount(1, 0));
        assertThat(evidence.counts(null).get("generators")).as("signed out").isEqualTo(new ChallengeCount(2, 0));
        assertThat(evidence.counts(learner)).doesNotContainKey("decorators");
    }

    @Test
    void listsThePassedChallengesLatestFirstEachWithItsFirstPass() {
        long pipeline = pass("generator-pipeline", AT, "generators");
        long counter = pass("closure-counter", AT.plus(Duration.ofHours(2)), "closures");
        pass("generator-pipeline", AT.plus(Duration.ofHours(3)), "generators");

        List<LinkedChallenge> passed = evidence.passed(learner);

        assertThat(passed)
                .extracting(linked -> linked.challenge().slug(), linked -> linked.passed()
                        .submissionId())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("closure-counter", counter),
                        org.assertj.core.groups.Tuple.tuple("generator-pipeline", pipeline));
        assertThat(passed.get(1).passed().passedAt()).isEqualTo(AT);
        assertThat(evidence.passed(db.user("other"))).isEmpty();
    }

    /** A finished submission of the learner's that passed, announced as grading announces it; its id. */
    private long pass(String challenge, Instant at, String... nodes) {
        long submission = db.submission(learner, challenge);
        evidence.on(new ChallengePassed(learner, challenge, List.of(nodes), submission, at));
        return submission;
    }
}
