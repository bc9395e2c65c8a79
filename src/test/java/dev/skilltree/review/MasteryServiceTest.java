package dev.skilltree.review;

import static dev.skilltree.review.ReviewFixtures.ROADMAP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.skilltree.config.Database;
import dev.skilltree.progress.ProgressService;
import dev.skilltree.progress.Status;
import dev.skilltree.review.fsrs.Rating;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.SliceDatabase;
import dev.skilltree.support.SliceRoadmap;
import dev.skilltree.support.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * Each topic's mastery from the learner's statuses, the built-in challenges they passed and their review, over a
 * real H2 database holding the roadmap and deck of {@link ReviewFixtures}. The built-in challenges prove
 * {@code closures} (one) and {@code generators} (two), and none proves {@code decorators}. Progress's evidence
 * service comes from its module as Spring makes it, in a context of the few beans of {@link ReviewWiring}.
 */
@SpringJUnitConfig({MovableClock.InServer.class, SliceDatabase.class, SliceRoadmap.class, ReviewWiring.class})
class MasteryServiceTest {

    @Autowired
    TestDatabase database;

    @Autowired
    MovableClock clock;

    @Autowired
    ProgressService progress;

    @Autowired
    ReviewService reviews;

    @Autowired
    MasteryService mastery;

    @Test
    void weighsEachBegunTopicsStatusWithItsChallengesAndItsRecallInRoadmapOrder() {
        long learner = database.user("holder");
        progress.set(learner, ROADMAP, "generators", Status.LEARNING);
        progress.set(learner, ROADMAP, "closures", Status.DONE);
        passed(learner, "closure-counter", "closures");
        reviews.addNode(learner, ROADMAP, "closures");
        reviews.rate(learner, "late-binding", Rating.EASY, null);

        Map<String, Mastery> held = mastery.of(learner, ROADMAP);

        assertThat(held).containsOnlyKeys("closures", "generators");
        assertThat(held.keySet()).containsExactly("closures", "generators");
        Mastery closures = held.get("closures");
        assertThat(closures.status()).isEqualTo(Status.DONE);
        assertThat(closures.proven()).isTrue();
        assertThat(closures.recall()).isCloseTo(1.0, within(1e-6));
        assertThat(closures.value()).isCloseTo(1.0, within(1e-6));
        assertThat(held.get("generators"))
                .as("learning, and neither of its challenges passed")
                .isEqualTo(Mastery.of(Status.LEARNING, false, null));
        assertThat(held.get("generators").value()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void aTopicStillToDoCountsOnlyOnceItsCardsAreRecalled() {
        long learner = database.user("reviewer");
        reviews.addNode(learner, ROADMAP, "decorators");
        Map<String, Mastery> unreviewed = mastery.of(learner, ROADMAP);
        reviews.rate(learner, "wraps", Rating.GOOD, null);

        Map<String, Mastery> reviewed = mastery.of(learner, ROADMAP);

        assertThat(unreviewed).isEmpty();
        assertThat(reviewed).containsOnlyKeys("decorators");
        assertThat(reviewed.get("decorators").proven())
                .as("no challenge proves it")
                .isNull();
        assertThat(reviewed.get("decorators").value()).isCloseTo(1.0 / 3, within(1e-6));
    }

    private void passed(long learner, String challenge, String node) {
        long submission = database.submission(learner, challenge);
        database.jdbc()
                .sql("insert into evidence (user_id, node_id, challenge_slug, submission_id, passed_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(learner, node, challenge, submission, Database.utc(clock.instant()))
                .update();
    }
}
