package dev.skilltree.grading.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.skilltree.config.DatabaseSettings;
import dev.skilltree.grading.GradeResult;
import dev.skilltree.grading.Limits;
import dev.skilltree.grading.Verdict;
import dev.skilltree.support.Engine;
import dev.skilltree.support.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-learner cap on submissions in flight, on the real database (H2 and PostgreSQL), with submits from several
 * connections at once: each submit counts and writes in its own transaction, as the server's do.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class SubmissionCapTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Map<String, String> FILES = Map.of("solution.py", "while True:\n    pass\n");
    private static final Limits LIMITS = new Limits(2, 5, 256, 16, 64);

    @Parameter
    Engine engine;

    @TempDir
    Path dir;

    private SubmissionRepository submissions;
    private TransactionTemplate transactions;
    private SimpleMeterRegistry registry;
    private SubmissionCap cap;
    private long ada;
    private long bob;

    @BeforeEach
    void openDatabase() {
        DatabaseSettings settings = engine.freshDatabase(dir);
        // A new connection per transaction, so that concurrent submits really are concurrent in the database.
        DriverManagerDataSource connections =
                new DriverManagerDataSource(settings.url(), settings.user(), settings.password());
        JdbcClient jdbc = JdbcClient.create(connections);
        submissions = new SubmissionRepository(jdbc);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(connections));
        registry = new SimpleMeterRegistry();
        cap = new SubmissionCap(submissions, slug -> LIMITS, registry, 3);
        ada = TestDatabase.user(jdbc, "ada");
        bob = TestDatabase.user(jdbc, "bob");
        TestDatabase.challenge(jdbc, "loop");
    }

    @Test
    void refusesTheFourthSubmissionInFlightNamingTheThreeAndWhenTheOldestEnds() {
        List<Long> mine = List.of(submit(ada), submit(ada), submit(ada));
        Submission oldest = submissions.find(mine.getFirst()).orElseThrow();
        submissions.start(oldest.start(NOW.minusSeconds(2)));

        assertThatThrownBy(() -> submit(ada)).isInstanceOfSatisfying(TooManySubmissions.class, refused -> {
            assertThat(refused.inFlight()).containsExactlyElementsOf(mine);
            assertThat(refused.retryAfterSeconds())
                    .as("5 s wall-clock limit, 2 s of it used")
                    .isEqualTo(3);
            assertThat(refused.getMessage())
                    .isEqualTo("You have 3 submissions waiting to be graded; send this one when one of"
                            + " them has finished.");
        });
        assertThat(submissions.inFlight(ada)).hasSize(3);
        assertThat(registry.get("skilltree.grading.refused").counter().count()).isEqualTo(1);
    }

    @Test
    void aFinishedSubmissionFreesItsPlaceAndOtherLearnersAreNotHeldBack() {
        long first = submit(ada);
        submit(ada);
        submit(ada);
        submit(bob);

        Submission started = submissions.find(first).orElseThrow().start(NOW);
        submissions.start(started);
        submissions.finish(started.finish(new GradeResult(Verdict.TIME_LIMIT, "", List.of(), 5000), NOW), "test-node");

        assertThat(submit(ada)).isPositive();
        assertThatThrownBy(() -> submit(ada)).isInstanceOf(TooManySubmissions.class);
        assertThat(submit(bob)).isPositive();
    }

    @Test
    void theQueueHoldsEveryLearnersSubmissionsInFlightOldestFirstAndNoFinishedOne() {
        long first = submit(ada);
        long second = submit(bob);
        long third = submit(ada);
        Submission started = submissions.find(second).orElseThrow().start(NOW);
        submissions.start(started);
        Submission done = submissions.find(third).orElseThrow().start(NOW);
        submissions.start(done);
        submissions.finish(done.finish(new GradeResult(Verdict.PASSED, "", List.of(), 300), NOW), "test-node");

        assertThat(submissions.inFlight())
                .extracting(InFlight::id, InFlight::userId, InFlight::running)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(first, ada, false),
                        org.assertj.core.groups.Tuple.tuple(second, bob, true));
        assertThat(submissions.inFlight().get(1).startedAt()).isEqualTo(NOW);
    }

    @Test
    void aQueuedOldestIsAwaitedForItsWholeTimeLimit() {
        List<Long> mine = List.of(submit(ada), submit(ada), submit(ada));

        assertThatThrownBy(() -> submit(ada))
                .isInstanceOfSatisfying(TooManySubmissions.class, refused -> assertThat(refused.retryAfterSeconds())
                        .isEqualTo(LIMITS.wallSeconds()));
        assertThat(mine).hasSize(3);
    }

    @Test
    void aSecondSubmitWaitsForTheFirstToCommitAndThenCountsIt() throws Exception {
        submit(ada);
        submit(ada);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Long> third = threads.submit(() -> transactions.execute(tx -> {
                cap.admit(ada, NOW);
                long id = submissions.insert(ada, "loop", FILES, NOW);
                written.countDown();
                waitFor(commit);
                return id;
            }));
            waitFor(written);
            Future<Long> fourth = threads.submit(() -> submitInOneTransaction(ada));

            await().pollDelay(Duration.ofMillis(300))
                    .atMost(Duration.ofSeconds(5))
                    .alias("the fourth submit waits while the third's transaction is open")
                    .until(() -> !fourth.isDone());
            commit.countDown();

            assertThat(third.get()).isPositive();
            assertThatThrownBy(fourth::get).hasCauseInstanceOf(TooManySubmissions.class);
            assertThat(submissions.inFlight(ada)).hasSize(3);
        } finally {
            commit.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void manySubmitsAtOnceFromOneLearnerLetExactlyTheCapThrough() throws Exception {
        int attempts = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(attempts);
        List<CompletableFuture<Boolean>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                outcomes.add(CompletableFuture.supplyAsync(
                        () -> {
                            waitFor(start);
                            try {
                                submitInOneTransaction(ada);
                                return true;
                            } catch (TooManySubmissions refused) {
                                return false;
                            }
                        },
                        threads));
            }
            start.countDown();

            List<Boolean> accepted =
                    outcomes.stream().map(CompletableFuture::join).toList();
            assertThat(accepted).filteredOn(ok -> ok).hasSize(3);
            assertThat(submissions.inFlight(ada)).hasSize(3);
            assertThat(registry.get("skilltree.grading.refused").counter().count())
                    .isEqualTo(attempts - 3);
        } finally {
            threads.shutdownNow();
        }
    }

    private long submit(long learner) {
        return submitInOneTransaction(learner);
    }

    /** What {@link SubmissionService#submit} does with the database: admit, then write, in one transaction. */
    private long submitInOneTransaction(long learner) {
        return transactions.execute(tx -> {
            cap.admit(learner, NOW);
            return submissions.insert(learner, "loop", FILES, NOW);
        });
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            if (!latch.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("gave up waiting");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
