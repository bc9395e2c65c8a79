package dev.skilltree.review;

import static dev.skilltree.review.ReviewFixtures.ROADMAP;

import dev.skilltree.config.Transactions;
import dev.skilltree.grading.ChallengeService;
import dev.skilltree.progress.EvidenceService;
import dev.skilltree.progress.ProgressService;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.RoadmapService;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.SliceDatabase;
import dev.skilltree.support.SliceRoadmap;
import dev.skilltree.support.TestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * For a Spring context over a {@link SliceDatabase} and a {@link SliceRoadmap}: the roadmap of {@link ReviewFixtures}
 * with its deck, the built-in challenges, and the review and mastery services over them. Progress's evidence service
 * comes from its module as Spring makes it.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(
        basePackages = "dev.skilltree.progress",
        useDefaultFilters = false,
        includeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern = "dev\\.skilltree\\.progress\\.(EvidenceService|EvidenceRepository)"))
class ReviewWiring {

    @Bean
    Roadmap roadmap() {
        return ReviewFixtures.roadmap();
    }

    @Bean
    ChallengeService challenges(TestDatabase database, Transactions transactions, MovableClock clock) {
        ChallengeService challenges = transactions.around(ChallengeService.of(database.jdbc(), clock));
        challenges.installBuiltIns();
        return challenges;
    }

    /** Over the roadmap, once its deck is in. */
    @Bean
    ReviewService reviews(
            TestDatabase database,
            Transactions transactions,
            RoadmapService roadmaps,
            ProgressService progress,
            MovableClock clock) {
        CardRepository cards = new CardRepository(database.jdbc());
        cards.replace(ROADMAP, ReviewFixtures.deck(), new CardRepository.Version("h1", "builtin"), clock.instant());
        return transactions.around(
                new ReviewService(new ReviewRepository(database.jdbc()), cards, roadmaps, progress, clock));
    }

    @Bean
    MasteryService mastery(
            RoadmapService roadmaps, ProgressService progress, EvidenceService evidence, ReviewService reviews) {
        return new MasteryService(roadmaps, progress, evidence, reviews);
    }
}
