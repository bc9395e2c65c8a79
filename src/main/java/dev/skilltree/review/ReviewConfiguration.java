package dev.skilltree.review;

import dev.skilltree.roadmap.BuiltInRoadmaps;
import dev.skilltree.web.AuthorizationRules;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

    /** A topic's cards can be seen without an account; only admins import a deck. */
    @Bean
    AuthorizationRules reviewRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/review/nodes/**")
                .permitAll()
                .requestMatchers(HttpMethod.PUT, "/api/v1/roadmaps/*/cards")
                .hasRole("ADMIN");
    }

    /** The built-in roadmap is installed by an application runner, which runs before the application is ready. */
    @EventListener(ApplicationReadyEvent.class)
    void installBuiltInDeck(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(DeckService.class).installBuiltIn(BuiltInRoadmaps.PYTHON_ADVANCED);
    }
}
