package dev.skilltree.plan;

import dev.skilltree.config.Transactions;
import dev.skilltree.progress.ProgressService;
import dev.skilltree.roadmap.RoadmapService;
import dev.skilltree.support.ApiSlice;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.TestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/** For an {@link ApiSlice} or a page slice of the plan module: the plan service over the slice's roadmap. */
@TestConfiguration(proxyBeanMethods = false)
class PlanWiring {

    @Bean
    PlanService plans(
            TestDatabase database,
            Transactions transactions,
            RoadmapService roadmaps,
            ProgressService progress,
            MovableClock clock,
            JsonMapper json) {
        return transactions.around(
                new PlanService(new PlanRepository(database.jdbc()), roadmaps, progress, clock, json));
    }
}
