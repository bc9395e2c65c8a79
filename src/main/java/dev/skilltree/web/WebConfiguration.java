package dev.skilltree.web;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /** The layout's own paths, and the operator's endpoints (health for probes, the rest for admins). */
    @Bean
    AuthorizationRules layoutRules() {
        return rules -> rules.requestMatchers(
                        "/", "/prefs", "/error", "/static/**", "/webjars/**", "/favicon.svg", "/actuator/health")
                .permitAll()
                .requestMatchers("/actuator/**")
                .hasRole("ADMIN");
    }

    @Bean
    LocaleResolver localeResolver() {
        return new UiLocaleResolver();
    }

    /** Error pages in the site's layout and the reader's language, never with a stack trace. */
    @Bean
    ErrorViewResolver errorPages(PageAdvice pages) {
        return (request, status, model) -> pages.errorPage(request, status, status.getReasonPhrase());
    }
}
