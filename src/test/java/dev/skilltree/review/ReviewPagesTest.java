package dev.skilltree.review;

import static dev.skilltree.review.ReviewFixtures.ROADMAP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.config.Transactions;
import dev.skilltree.grading.ChallengeService;
import dev.skilltree.progress.EvidenceService;
import dev.skilltree.progress.ProgressService;
import dev.skilltree.progress.Status;
import dev.skilltree.review.fsrs.Rating;
import dev.skilltree.roadmap.RoadmapService;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.SignedIn;
import dev.skilltree.support.TestDatabase;
import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The review pages in a web slice rendering the real templates, over a real H2 database holding the roadmap and
 * deck of {@link ReviewFixtures}: the session one card at a time (rated and undone, as a page or an htmx swap), the
 * figures and the desired retention, the dashboard's card, the mastery rings and a topic's cards.
 */
@WebMvcTest(ReviewPages.class)
@AutoConfigureMockMvc(addFilters = false)
@ImportAutoConfiguration(JteAutoConfiguration.class)
@Import(SignedIn.Principals.class)
class ReviewPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestDatabase database;

    @Autowired
    ProgressService progress;

    @Autowired
    ReviewService reviews;

    @Autowired
    MovableClock clock;

    @TestConfiguration
    @ComponentScan(
            basePackages = "dev.skilltree.progress",
            useDefaultFilters = false,
            includeFilters =
                    @ComponentScan.Filter(
                            type = FilterType.REGEX,
                            pattern = "dev\\.skilltree\\.progress\\.(EvidenceService|EvidenceRepository)"))
    static class RealReviews {

        @Bean(destroyMethod = "close")
        TestDatabase database() throws IOException {
            return TestDatabase.open(Files.createTempDirectory("review-pages"));
        }

        @Bean
        JdbcClient jdbc(TestDatabase database) {
            return database.jdbc();
        }

        /** Over the application's clock, so a test can move time on. */
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.parse("2026-03-02T08:00:00Z"));
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
                    .replace(
                            ROADMAP,
                            ReviewFixtures.deck(),
                            new CardRepository.Version("h1", "builtin"),
                            clock.instant());
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
    void theSessionCatchesTheDeckUpWithProgressAndAsksTheFirstDueCard() {
        long learner = database.user("starter");
        progress.set(learner, ROADMAP, "closures", Status.LEARNING);

        MvcTestResult session = get(learner, "/review");

        assertThat(session).hasStatusOk();
        assertThat(html(session))
                .contains("<html", "<div id=\"review-card\">")
                .contains("data-card=\"late-binding\"", "<p class=\"question\">Q late-binding</p>")
                .contains("action=\"/review/cards/late-binding\"", "name=\"tally\" value=\"0,0,0,0\"")
                .contains("href=\"/roadmaps/python/nodes/closures\"")
                .doesNotContain("action=\"/review/undo\"");
    }

    @Test
    void withNothingDueTheSessionSaysSo() {
        long learner = database.user("idle");

        String session = html(get(learner, "/review"));

        assertThat(session)
                .contains("id=\"review-summary\"", "Nothing is due now.")
                .doesNotContain("data-card=");
    }

    @Test
    void aRatingSwapsInTheNextCardForHtmxAndOtherwiseGoesBackToTheSession() {
        long learner = database.user("rater");
        reviews.addNode(learner, ROADMAP, "closures");

        MvcTestResult plain = post(learner, "/review/cards/late-binding", Map.of("rating", "good"), false);
        MvcTestResult swapped =
                post(learner, "/review/cards/nonlocal", Map.of("rating", "easy", "tally", "0,0,1,0"), true);

        assertThat(plain).hasRedirectedUrl("/review");
        assertThat(swapped).hasStatusOk();
        assertThat(html(swapped))
                .doesNotContain("<html")
                .as("late-binding's ten-minute step is within the session's look-ahead")
                .contains("data-card=\"late-binding\"", "name=\"tally\" value=\"0,0,1,1\"")
                .contains("action=\"/review/undo\"", "name=\"card\" value=\"nonlocal\"");
    }

    @Test
    void undoBringsTheLastCardBackAndRefusesAnotherCard() {
        long learner = database.user("undoer");
        reviews.addNode(learner, ROADMAP, "generators");
        reviews.rate(learner, "yield-from", Rating.EASY, null);

        MvcTestResult other = post(learner, "/review/undo", Map.of("card", "late-binding"), true);
        MvcTestResult undone = post(learner, "/review/undo", Map.of("card", "yield-from", "tally", "0,0,0,1"), true);
        MvcTestResult nothing = post(learner, "/review/undo", Map.of("card", "yield-from"), false);

        assertThat(other).hasStatus(409);
        assertThat(html(other)).contains("Your last rating was of card 'yield-from', not 'late-binding'");
        assertThat(undone).hasStatusOk();
        assertThat(html(undone)).contains("data-card=\"yield-from\"", "name=\"tally\" value=\"0,0,0,0\"");
        assertThat(nothing).hasStatus(409);
    }

    @Test
    void theFiguresPageShowsTheDesiredRetentionWhichTheFormChanges() {
        long learner = database.user("tuner");

        String before = html(get(learner, "/review/stats"));
        MvcTestResult set = post(learner, "/review/settings", Map.of("desiredRetention", "0.8"), false);
        MvcTestResult low = post(learner, "/review/settings", Map.of("desiredRetention", "0.5"), false);

        assertThat(before).contains("id=\"due-today\"", "name=\"desiredRetention\"", "value=\"0.90\"", "<svg");
        assertThat(set).hasRedirectedUrl("/review/stats");
        assertThat(low).hasStatus(422);
        assertThat(html(low)).contains("Desired retention must be between 0.70 and 0.99, got 0.5.");
        assertThat(reviews.desiredRetention(learner)).isEqualTo(0.8);
        assertThat(html(get(learner, "/review/stats"))).contains("value=\"0.80\"");
    }

    @Test
    void theDashboardCardCountsTheCardsDueAndNamesTheFadingTopics() {
        long learner = database.user("fader");
        reviews.addNode(learner, ROADMAP, "closures");
        reviews.rate(learner, "late-binding", Rating.EASY, null);
        clock.advance(Duration.ofDays(60));
        try {
            String card = html(get(learner, "/review/summary"));

            assertThat(card)
                    .doesNotContain("<html")
                    .contains("<p class=\"big-number\" id=\"dashboard-due\">2</p>")
                    .contains("<a href=\"/roadmaps/python/nodes/closures\">Closures</a>")
                    .contains("href=\"/review\"");
        } finally {
            clock.advance(Duration.ofDays(-60));
        }
    }

    @Test
    void theMasteryRingsComeAsJsonForTheTopicsBegun() {
        long learner = database.user("ringer");
        progress.set(learner, ROADMAP, "generators", Status.DONE);

        MvcTestResult rings = get(learner, "/review/mastery/python");

        assertThat(rings)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.generators.status")
                .isEqualTo("DONE");
        assertThat(rings).bodyJson().extractingPath("$.generators.proven").isEqualTo(false);
        assertThat(rings).bodyJson().doesNotHavePath("$.closures");
    }

    @Test
    void aTopicsCardsAreListedForAnyoneAndAddedByTheSignedInLearner() {
        long learner = database.user("collector");

        String signedOut = html(mvc.get().uri("/review/nodes/python/closures").exchange());
        String before = html(get(learner, "/review/nodes/python/closures"));
        MvcTestResult swapped = post(learner, "/review/nodes/python/closures", Map.of(), true);
        MvcTestResult plain = post(learner, "/review/nodes/python/generators", Map.of(), false);
        MvcTestResult unknown = post(learner, "/review/nodes/python/cobol", Map.of(), true);

        assertThat(signedOut)
                .contains("2 card(s) on this topic", "<li>Q late-binding</li>", "<li>Q nonlocal</li>")
                .doesNotContain("id=\"add-cards\"", "in your deck");
        assertThat(before).contains("0 in your deck", "id=\"add-cards\"");
        assertThat(html(swapped)).contains("2 in your deck").doesNotContain("id=\"add-cards\"");
        assertThat(plain).hasRedirectedUrl("/roadmaps/python/nodes/generators");
        assertThat(reviews.node(learner, ROADMAP, "generators").held()).hasSize(1);
        assertThat(unknown).hasStatus(404);
    }

    private MvcTestResult get(long learner, String path) {
        return mvc.get().uri(path).with(SignedIn.learner(learner)).exchange();
    }

    private MvcTestResult post(long learner, String path, Map<String, String> form, boolean htmx) {
        var request = mvc.post().uri(path).with(SignedIn.learner(learner));
        if (htmx) {
            request.header("HX-Request", "true");
        }
        form.forEach((name, value) -> request.param(name, value));
        return request.exchange();
    }

    private static String html(MvcTestResult response) {
        try {
            return response.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }
}
