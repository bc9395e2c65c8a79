package dev.skilltree.progress;

import dev.skilltree.web.AuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class ProgressConfiguration {

    /** Roadmap and topic pages can be read without an account; everything else of a learner's needs sign-in. */
    @Bean
    AuthorizationRules progressRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/roadmaps/**").permitAll();
    }
}
