package dev.skilltree.review;

import dev.skilltree.config.Database;
import dev.skilltree.config.Transactions;
import dev.skilltree.progress.ProgressService;
import dev.skilltree.roadmap.BuiltInRoadmaps;
import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.RoadmapService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review queue and the stats page's figures for one learner with 10,000 cards and 100,000 review-log entries,
 * in a fresh H2 file database as the server uses it, through the same service (fixed seed, JIT warmed up first).
 * Prints the median and the 90th percentile of 31 runs of each. Run with {@code scripts/bench-review.sh}.
 */
public final class ReviewBenchmark {

    private static final int CARDS = 10_000;
    private static final int LOGS = 100_000;
    private static final int WARM_UP_RUNS = 30;
    private static final int TIMED_RUNS = 31;

    public static void main(String[] args) throws Exception {
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        Path data = Files.createTempDirectory("skilltree-review-bench");
        var dataSource = Database.open(data);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Transactions transactions = new Transactions(dataSource);
        RoadmapService roadmaps = transactions.around(RoadmapService.of(jdbc, new JdbcTemplate(dataSource), clock));
        Roadmap roadmap = BuiltInRoadmaps.load(BuiltInRoadmaps.PYTHON_ADVANCED);
        roadmaps.install(roadmap);
        long learner = fill(jdbc, new JdbcTemplate(dataSource), roadmap, now);
        ReviewService reviews = transactions.around(new ReviewService(
                new ReviewRepository(jdbc),
                new CardRepository(jdbc),
                roadmaps,
                ProgressService.of(jdbc, roadmaps, event -> {}, clock),
                clock));

        for (int i = 0; i < WARM_UP_RUNS; i++) {
            reviews.due(learner, 50);
            reviews.stats(learner);
        }
        long[] queue = new long[TIMED_RUNS];
        long[] stats = new long[TIMED_RUNS];
        ReviewService.Queue due = null;
        ReviewStats figures = null;
        for (int i = 0; i < TIMED_RUNS; i++) {
            due = time(queue, i, () -> {
                reviews.catchUp(learner);
                return reviews.due(learner, 50);
            });
            figures = time(stats, i, () -> reviews.stats(learner));
        }
        System.out.printf("learner: %,d cards, %,d review-log entries (H2 file database)%n", figures.cards(), LOGS);
        System.out.printf(
                "due queue (catch-up with progress, then the first 50 of %,d due with their next intervals): %s%n",
                due.total(), ms(queue));
        System.out.printf("stats figures (states, 30 days of reviews, retention, 30-day forecast): %s%n", ms(stats));
        System.out.println("targets: queue < 20 ms, stats < 100 ms");
        dataSource.destroy();
    }

    private static <T> T time(long[] into, int run, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        into[run] = System.nanoTime() - start;
        return result;
    }

    private static String ms(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(
                "median %.2f ms, p90 %.2f ms",
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.9)] / 1e6);
    }

    /** One learner, CARDS cards spread over the roadmap's topics, and LOGS ratings over the past year. */
    private static long fill(JdbcClient jdbc, JdbcTemplate batch, Roadmap roadmap, Instant now) {
        jdbc.sql("insert into app_user (username, password_hash, role, created_at) values ('bench', 'x', 'LEARNER', ?)")
                .param(Database.utc(now))
                .update();
        long learner = jdbc.sql("select id from app_user where username = 'bench'")
                .query(Long.class)
                .single();
        List<String> nodes = roadmap.nodes().stream().map(Node::id).toList();
        Random random = new Random(7);
        List<Object[]> cards = new ArrayList<>();
        List<Object[]> states = new ArrayList<>();
        for (int i = 0; i < CARDS; i++) {
            String id = "bench-card-" + i;
            cards.add(new Object[] {
                id, roadmap.id(), nodes.get(i % nodes.size()), "concept", "问", "答", "因", "q", "a", "w", i
            });
            double kind = random.nextDouble();
            Instant last = now.minus(Duration.ofMinutes(1 + random.nextInt(60 * 24 * 90)));
            if (kind < 0.1) {
                states.add(new Object[] {
                    learner, id, 1, 0, null, null, at(now.minusSeconds(random.nextInt(86_400))), null, at(now)
                });
            } else if (kind < 0.2) {
                states.add(new Object[] {
                    learner,
                    id,
                    kind < 0.15 ? 1 : 3,
                    0,
                    2.5,
                    6.0,
                    at(now.plusSeconds(random.nextInt(1200) - 600)),
                    at(last),
                    at(now)
                });
            } else {
                double stability = 1 + random.nextDouble() * 300;
                states.add(new Object[] {
                    learner,
                    id,
                    2,
                    null,
                    stability,
                    1 + random.nextDouble() * 9,
                    at(now.plus(Duration.ofHours(random.nextInt(24 * 365) - 24 * 5))),
                    at(last),
                    at(now)
                });
            }
        }
        batch.batchUpdate(
                "insert into review_card (card_id, roadmap_id, node_id, card_type, zh_question, zh_answer, zh_why,"
                        + " en_question, en_answer, en_why, position) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                cards);
        batch.batchUpdate(
                "insert into review_state (user_id, card_id, state, step, stability, difficulty, due, last_review,"
                        + " added_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                states);
        jdbc.sql("insert into review_deck_version (roadmap_id, content_hash, source, installed_at) values (?, 'x',"
                        + " 'builtin', ?)")
                .params(roadmap.id(), Database.utc(now))
                .update();
        // every topic done, so that the catch-up with progress each queue read does has all of them to check
        batch.batchUpdate(
                "insert into progress (user_id, roadmap_id, node_id, status, updated_at) values (?, ?, ?, 'DONE', ?)",
                nodes.stream()
                        .map(node -> new Object[] {learner, roadmap.id(), node, at(now)})
                        .toList());
        List<Object[]> logs = new ArrayList<>();
        for (int i = 0; i < LOGS; i++) {
            Instant at = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 365)));
            double r = random.nextDouble();
            int rating = r < 0.1 ? 1 : r < 0.2 ? 2 : r < 0.9 ? 3 : 4;
            logs.add(new Object[] {
                learner,
                "bench-card-" + random.nextInt(CARDS),
                rating,
                at(at),
                false,
                random.nextDouble() < 0.8 ? 2 : 1,
                3.0,
                5.0,
                at(at),
                at(at.minus(Duration.ofDays(3)))
            });
            if (logs.size() == 10_000) {
                insertLogs(batch, logs);
                logs.clear();
            }
        }
        insertLogs(batch, logs);
        return learner;
    }

    private static void insertLogs(JdbcTemplate batch, List<Object[]> logs) {
        batch.batchUpdate(
                "insert into review_log (user_id, card_id, rating, reviewed_at, early, before_state, before_stability,"
                        + " before_difficulty, before_due, before_last_review) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                logs);
    }

    private static java.time.OffsetDateTime at(Instant instant) {
        return Database.utc(instant);
    }
}
