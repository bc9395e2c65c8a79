package dev.skilltree.review;

import static dev.skilltree.review.ReviewFixtures.ROADMAP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.skilltree.config.Database;
import dev.skilltree.config.Transactions;
import dev.skilltree.grading.ChallengeService;
import dev.skilltree.progress.EvidenceService;
import dev.skilltree.progress.ProgressService;
import dev.skilltree.progress.Status;
import dev.skilltree.review.fsrs.Rating;
import dev.skilltree.roadmap.RoadmapService;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * Each topic's mastery from the learner's statuses, the built-in challenges they passed and their review, over a
 * real H2 database holding the roadmap and deck of {@link ReviewFixtures}. The built-in challenges prove
 * {@code closures} (one) and {@code generators} (two), and none proves {@code decorators}. Progress's evidence
 * service comes from its module as Spring makes it, in a context of these few beans.
 */
@SpringJUnitConfig(MasteryServiceTest.Wiring.class)
class MasteryServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @Autowired
    TestDatabase database;

    @Autowired
    ProgressService progress;

    @Autowired
    ReviewService reviews;

    @Autowired
    MasteryService mastery;

    @Configuration(proxyBeanMethods = false)
    @ComponentScan(
            basePackages = "dev.skilltree.progress",
            useDefaultFilters = false,
            includeFilters =
                    @ComponentScan.Filter(
                            type = FilterType.REGEX,
                            pattern = "dev\\.skilltree\\.progress\\.(EvidenceService|EvidenceRepository)"))
    static class Wiring {

        @Bean(destroyMethod = "close")
        TestDatabase database() throws IOException {
            return TestDatabase.open(Files.createTempDirectory("mastery"));
        }

        @Bean
        JdbcClient jdbc(TestDatabase database) {
            return database.jdbc();
        }

        @Bean
        MovableClock clock() {
            return new MovableClock(NOW);
        }

        @Bean
        Transactions transactions(TestDatabase database) {
            return new Transactions(database.dataSource());
        }

        @Bean
        ChallengeService challenges(TestDatabase database, Transactions transactions, MovableClock clock) {
            ChallengeService challenges = transactions.around(ChallengeService.of(database.jdbc(), clock));
            challenges.installBuiltIns();
            return challenges;
        }

        @Bean
        RoadmapService roadmaps(TestDatabase database, Transactions transactions, MovableClock clock) {
            RoadmapService roadmaps = transactions.around(
                    RoadmapService.of(database.jdbc(), new JdbcTemplate(database.dataSource()), clock));
            roadmaps.install(ReviewFixtures.roadmap());
            new CardRepository(database.jdbc())
                    .replace(ROADMAP, ReviewFixtures.deck(), new CardRepository.Version("h1", "builtin"), NOW);
            return roadmaps;
        }

        @Bean
        ProgressService progress(
                TestDatabase database, Transactions transactions, RoadmapService roadmaps, MovableClock clock) {
            return transactions.around(ProgressService.of(database.jdbc(), roadmaps, event -> {}, clock));
        }

        @Bean
        ReviewService reviews(
                TestDatabase database,
                Transactions transactions,
                RoadmapService roadmaps,
                ProgressService progress,
                MovableClock clock) {
            return transactions.around(new ReviewService(
                    new ReviewRepository(database.jdbc()),
                    new CardRepository(database.jdbc()),
                    roadmaps,
                    progress,
                    clock));
        }

        @Bean
        MasteryService mastery(
                RoadmapService roadmaps, ProgressService progress, EvidenceService evidence, ReviewService reviews) {
            return new MasteryService(roadmaps, progress, evidence, reviews);
        }
    }

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
                .params(learner, node, challenge, submission, Database.utc(NOW))
                .update();
    }
}
