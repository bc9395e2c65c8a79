package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.config.NodeRole;
import dev.skilltree.config.Transactions;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.RequiresSystemPackage;
import dev.skilltree.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * The grading part of readiness as an admin reads it: a node that grades proves its sandbox by grading the reference
 * of closure-counter (stored in a real H2 database) through the real sandbox, and a node that cannot grade is ready
 * all the same and says why.
 */
@RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
class SandboxSelfTestTest {

    private static final GradingStatus GRADES = GradingStatus.check("python3", "auto");

    @TempDir
    Path dir;

    @AutoClose
    private TestDatabase database;

    private ChallengeService challenges;

    @BeforeEach
    void storeTheSelfTestsChallenge() throws IOException {
        database = TestDatabase.open(dir);
        challenges = new Transactions(database.dataSource())
                .around(ChallengeService.of(database.jdbc(), new MovableClock(Instant.parse("2026-06-01T08:00:00Z"))));
        challenges.importZip(
                "closure-counter.zip",
                SubmissionApiTest.zip(BuiltInChallenges.folders().get(SandboxSelfTest.CHALLENGE)),
                false);
    }

    @Test
    void isNotReadyBeforeItHasRun() {
        Health health = new SandboxSelfTest(GRADES, NodeRole.ALL, Grader.commandSlot()).health();

        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.getDetails()).containsEntry("selfTest", "not run yet");
    }

    @Test
    void aNodeThatGradesIsReadyOnceTheReferencePassesInItsSandbox() {
        SandboxSelfTest selfTest = new SandboxSelfTest(GRADES, NodeRole.WORKER, Grader.commandSlot());

        selfTest.run(challenges);

        Health health = selfTest.health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails())
                .containsEntry("grades", true)
                .containsEntry("isolation", GRADES.grader().isolation().name().toLowerCase(Locale.ROOT))
                .containsEntry("python", GRADES.python().version());
        assertThat((String) health.getDetails().get("selfTest")).matches("closure-counter: PASSED in \\d+ ms");
    }

    @Test
    void aNodeWhoseSandboxCannotPassTheReferenceIsDown() throws IOException {
        Map<String, String> broken = new HashMap<>(BuiltInChallenges.folders().get(SandboxSelfTest.CHALLENGE));
        broken.put("reference/solution.py", broken.get("starter/solution.py"));
        challenges.importZip("closure-counter.zip", SubmissionApiTest.zip(broken), true);
        SandboxSelfTest selfTest = new SandboxSelfTest(GRADES, NodeRole.ALL, Grader.commandSlot());

        selfTest.run(challenges);

        Health health = selfTest.health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("grades", true);
        assertThat((String) health.getDetails().get("selfTest"))
                .matches("closure-counter: [A-Z_]+ in \\d+ ms")
                .doesNotContain("PASSED");
    }

    @Test
    void aWebNodeIsReadyAndSaysItGradesNothingByItsRole() {
        SandboxSelfTest selfTest = new SandboxSelfTest(GRADES, NodeRole.WEB, Grader.commandSlot());

        selfTest.run(challenges);

        assertThat(selfTest.health().getStatus()).isEqualTo(Status.UP);
        assertThat(selfTest.health().getDetails())
                .containsEntry("grades", false)
                .containsEntry("reason", "this node does not grade: its role is web")
                .doesNotContainKey("selfTest");
    }

    @Test
    void aNodeWithoutPythonIsReadyAndSaysWhyItGradesNothing() {
        GradingStatus noPython = GradingStatus.check("/nonexistent/python3", "auto");
        SandboxSelfTest selfTest = new SandboxSelfTest(noPython, NodeRole.ALL, Grader.commandSlot());

        selfTest.run(challenges);

        assertThat(noPython.available()).isFalse();
        assertThat(selfTest.health().getStatus()).isEqualTo(Status.UP);
        assertThat(selfTest.health().getDetails())
                .containsEntry("grades", false)
                .containsEntry("reason", noPython.problem());
        assertThat(noPython.problem()).contains("/nonexistent/python3");
    }
}
