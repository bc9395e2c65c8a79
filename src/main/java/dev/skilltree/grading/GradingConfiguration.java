package dev.skilltree.grading;

import dev.skilltree.web.AuthorizationRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class GradingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GradingConfiguration.class);

    /** Anyone may read the challenges; submitting needs sign-in; only admins import challenges. */
    @Bean
    AuthorizationRules gradingRules() {
        return rules -> rules.requestMatchers(
                        HttpMethod.GET, "/challenges", "/challenges/*", "/api/v1/challenges", "/api/v1/challenges/*")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/challenges")
                .hasRole("ADMIN");
    }

    /**
     * Checks Python and the sandbox once at start and says what it found. Without a usable Python the server still
     * serves roadmaps and says why grading is off.
     */
    @Bean
    GradingStatus gradingStatus(
            @Value("${skilltree.grading.python:python3}") String python,
            @Value("${skilltree.grading.isolation:auto}") String isolation) {
        GradingStatus status = GradingStatus.check(python, isolation);
        if (status.available()) {
            log.info(
                    "Grading: Python {} at {}, isolation {}",
                    status.python().version(),
                    status.python().executable(),
                    status.grader().isolation().name().toLowerCase());
        } else {
            log.error("Grading is off: {}", status.problem());
        }
        return status;
    }
}
