package dev.skilltree.roadmap;

import dev.skilltree.web.AuthorizationRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class RoadmapConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RoadmapConfiguration.class);

    /** Anyone may read roadmaps; only admins import them. */
    @Bean
    AuthorizationRules roadmapRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/v1/roadmaps/**")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/roadmaps")
                .hasRole("ADMIN");
    }

    @Bean
    ApplicationRunner installBuiltInRoadmaps(RoadmapService roadmaps) {
        return args -> {
            RoadmapService.Outcome outcome = roadmaps.install(BuiltInRoadmaps.load(BuiltInRoadmaps.PYTHON_ADVANCED));
            log.info(
                    "Built-in roadmap {}: {}",
                    BuiltInRoadmaps.PYTHON_ADVANCED,
                    outcome.name().toLowerCase());
        };
    }
}
