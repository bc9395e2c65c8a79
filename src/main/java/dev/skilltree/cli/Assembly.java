package dev.skilltree.cli;

import dev.skilltree.account.AccountService;
import dev.skilltree.config.Database;
import dev.skilltree.config.DatabaseSettings;
import dev.skilltree.config.Transactions;
import dev.skilltree.grading.ChallengeService;
import dev.skilltree.roadmap.BuiltInRoadmaps;
import dev.skilltree.roadmap.RoadmapService;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The one place that builds the services for commands, without Spring's context: the same classes and constructors
 * the server uses, over the migrated database ({@code --data} or {@code --db}), each wrapped so that its {@code @Transactional}
 * methods run in transactions exactly as they do in the server.
 */
final class Assembly implements AutoCloseable {

    private final SingleConnectionDataSource dataSource;
    private final JdbcClient jdbc;
    private final Transactions transactions;
    private final Clock clock = Clock.systemUTC();

    Assembly(DatabaseSettings database) {
        this.dataSource = Database.open(database);
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new Transactions(dataSource);
    }

    AccountService accounts() {
        return transactional(
                AccountService.of(jdbc, PasswordEncoderFactories.createDelegatingPasswordEncoder(), clock));
    }

    /** The roadmaps, with the built-in one installed when it is missing. */
    RoadmapService roadmaps() {
        RoadmapService roadmaps = transactional(RoadmapService.of(jdbc, new JdbcTemplate(dataSource), clock));
        if (!roadmaps.exists(BuiltInRoadmaps.PYTHON_ADVANCED)) {
            roadmaps.install(BuiltInRoadmaps.load(BuiltInRoadmaps.PYTHON_ADVANCED));
        }
        return roadmaps;
    }

    ChallengeService challenges() {
        return transactional(ChallengeService.of(jdbc, clock));
    }

    private <T> T transactional(T service) {
        return transactions.around(service);
    }

    @Override
    public void close() {
        dataSource.destroy();
    }
}
