package dev.skilltree.support;

import dev.skilltree.config.Transactions;
import dev.skilltree.roadmap.BuiltInRoadmaps;
import dev.skilltree.roadmap.RoadmapService;
import java.io.IOException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A web slice of an API controller ({@code @WebMvcTest} without the security filters) over the real database: a
 * migrated H2 database of the slice's own ({@link TestDatabase}) holding the built-in roadmap ({@link RoadmapService}),
 * {@link Transactions} over it, a {@link MovableClock} over the application's clock, and the signed-in learner's
 * principal ({@link SignedIn}). A test's nested {@code @TestConfiguration} builds its module's services from these.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@AutoConfigureMockMvc(addFilters = false)
@Import({SignedIn.Principals.class, MovableClock.InServer.class, ApiSlice.BuiltInRoadmap.class})
public @interface ApiSlice {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();

    @TestConfiguration(proxyBeanMethods = false)
    class BuiltInRoadmap {

        @Bean(destroyMethod = "close")
        TestDatabase database() throws IOException {
            return TestDatabase.open(Files.createTempDirectory("api-slice"));
        }

        @Bean
        Transactions transactions(TestDatabase database) {
            return new Transactions(database.dataSource());
        }

        @Bean
        RoadmapService roadmaps(TestDatabase database, Transactions transactions, MovableClock clock) {
            RoadmapService roadmaps = transactions.around(
                    RoadmapService.of(database.jdbc(), new JdbcTemplate(database.dataSource()), clock));
            roadmaps.install(BuiltInRoadmaps.load(BuiltInRoadmaps.PYTHON_ADVANCED));
            return roadmaps;
        }
    }
}
