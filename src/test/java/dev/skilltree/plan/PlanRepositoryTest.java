package dev.skilltree.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanRepositoryTest {

    private static final Instant MADE = Instant.parse("2026-03-02T08:00:00Z");

    @TempDir
    Path data;

    @AutoClose
    private TestDatabase db;

    private PlanRepository plans;
    private long learner;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(data);
        plans = new PlanRepository(db.jdbc());
        learner = db.user("planner");
    }

    @Test
    void readsBackTheLatestVersionOfAPlan() {
        long id = plans.insert(learner, "python", MADE);
        plans.addVersion(id, 1, "{\"v\":1}", "{}", "{}", MADE);
        plans.addVersion(id, 2, "{\"v\":2}", "{\"done\":[]}", "{\"a\":1}", MADE.plusSeconds(60));

        PlanRepository.Version latest = plans.latest(learner, id).orElseThrow();

        assertThat(latest)
                .isEqualTo(new PlanRepository.Version(
                        id, "python", 2, "{\"v\":2}", "{\"done\":[]}", "{\"a\":1}", MADE.plusSeconds(60)));
        assertThat(plans.versionTimes(id)).containsExactly(MADE, MADE.plusSeconds(60));
    }

    @Test
    void anotherLearnersPlanIsNotFound() {
        long id = plans.insert(learner, "python", MADE);
        plans.addVersion(id, 1, "{}", "{}", "{}", MADE);
        long neighbour = db.user("neighbour");

        assertThat(plans.latest(neighbour, id)).isEmpty();
        assertThat(plans.latest(learner, id + 1)).isEmpty();
        assertThat(plans.active(neighbour)).isEmpty();
    }

    @Test
    void theActivePlanIsTheOneMadeOrReplannedLast() {
        long older = plans.insert(learner, "python", MADE);
        plans.addVersion(older, 1, "{}", "{}", "{}", MADE);
        long newer = plans.insert(learner, "go", MADE.plusSeconds(60));
        plans.addVersion(newer, 1, "{}", "{}", "{}", MADE.plusSeconds(60));

        assertThat(plans.active(learner).orElseThrow().planId()).isEqualTo(newer);
        plans.addVersion(older, 2, "{}", "{}", "{}", MADE.plusSeconds(120));
        assertThat(plans.active(learner).orElseThrow().planId()).isEqualTo(older);
        assertThat(plans.active(learner).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void aPlanWithoutAVersionYetIsNotRead() {
        long id = plans.insert(learner, "python", MADE);

        assertThat(plans.latest(learner, id)).isEmpty();
        assertThat(plans.versionTimes(id)).isEmpty();
    }
}
