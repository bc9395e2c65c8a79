package dev.skilltree.grading;

import dev.skilltree.config.NodeRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code grading} part of readiness. A node that can grade proves its sandbox once at start: a built-in
 * challenge's reference, graded through the real sandbox on a slot no worker uses, must pass. A node that cannot
 * grade, by its role (web) or for want of Python or a sandbox, is ready all the same (it queues submissions for the
 * nodes that can) and says why it grades nothing.
 */
public final class SandboxSelfTest implements HealthIndicator {

    static final String CHALLENGE = "closure-counter";
    private static final Logger log = LoggerFactory.getLogger(SandboxSelfTest.class);

    private final GradingStatus status;
    private final NodeRole role;
    private final int slot;
    private volatile Health health =
            Health.outOfService().withDetail("selfTest", "not run yet").build();

    /** {@code slot} is one no worker of this node takes. */
    public SandboxSelfTest(GradingStatus status, NodeRole role, int slot) {
        this.status = status;
        this.role = role;
        this.slot = slot;
    }

    public void run(ChallengeService challenges) {
        if (!role.grades()) {
            health = Health.up()
                    .withDetail("grades", false)
                    .withDetail("reason", "this node does not grade: its role is " + role.code())
                    .build();
            return;
        }
        if (!status.available()) {
            health = Health.up()
                    .withDetail("grades", false)
                    .withDetail("reason", status.problem())
                    .build();
            return;
        }
        Challenge challenge = challenges.get(CHALLENGE);
        long start = System.nanoTime();
        GradeResult result = status.grader().grade(challenge, challenge.reference(), slot);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Health.Builder builder = result.verdict() == Verdict.PASSED ? Health.up() : Health.down();
        health = builder.withDetail("grades", true)
                .withDetail("isolation", status.grader().isolation().name().toLowerCase(java.util.Locale.ROOT))
                .withDetail("python", status.python().version())
                .withDetail("selfTest", CHALLENGE + ": " + result.verdict().name() + " in " + millis + " ms")
                .build();
        if (result.verdict() == Verdict.PASSED) {
            log.info("Sandbox self-test: {}'s reference passed in {} ms", CHALLENGE, millis);
        } else {
            log.error(
                    "Sandbox self-test failed: {}'s reference got {}: {}",
                    CHALLENGE,
                    result.verdict(),
                    result.message());
        }
    }

    @Override
    public Health health() {
        return health;
    }
}
