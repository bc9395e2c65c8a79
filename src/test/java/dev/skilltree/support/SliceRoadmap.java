package dev.skilltree.support;

import dev.skilltree.config.Transactions;
import dev.skilltree.progress.ProgressService;
import dev.skilltree.roadmap.BuiltInRoadmaps;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.RoadmapService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For a test's own Spring context over a {@link SliceDatabase} and a {@link MovableClock} ({@code @Import}ed, as
 * {@link ApiSlice} does): the {@link RoadmapService} holding one roadmap, the test's own {@link Roadmap} bean if it
 * declares one and the built-in roadmap otherwise, and the learners' {@link ProgressService} over it, whose events
 * go nowhere.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SliceRoadmap {

    @Bean
    RoadmapService roadmaps(
            TestDatabase database, Transactions transactions, MovableClock clock, ObjectProvider<Roadmap> roadmap) {
        RoadmapService roadmaps =
                transactions.around(RoadmapService.of(database.jdbc(), new JdbcTemplate(database.dataSource()), clock));
        roadmaps.install(roadmap.getIfAvailable(() -> BuiltInRoadmaps.load(BuiltInRoadmaps.PYTHON_ADVANCED)));
        return roadmaps;
    }

    @Bean
    ProgressService progress(
            TestDatabase database, Transactions transactions, RoadmapService roadmaps, MovableClock clock) {
        return transactions.around(ProgressService.of(database.jdbc(), roadmaps, event -> {}, clock));
    }
}
