package dev.skilltree.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /** The layout's own paths, and the operator's endpoints (health for probes, the rest for admins). */
    @Bean
    AuthorizationRules layoutRules() {
        return rules -> rules.requestMatchers(
                        "/",
                        "/prefs",
                        "/error",
                        "/static/**",
                        "/webjars/**",
                        "/favicon.svg",
                        "/actuator/health",
                        "/actuator/health/**")
                .permitAll()
                .requestMatchers("/actuator/**")
                .hasRole("ADMIN");
    }

    /**
     * Errors Tomcat answers itself go through {@link ProblemErrorReportValve}; an encoded slash ({@code %2F}) is
     * passed on, so that the security firewall refuses it with a problem, not Tomcat with an HTML page.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemsFromTomcat() {
        return factory -> {
            factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        };
    }

    /** A path the security firewall refuses (an encoded slash, a dot segment): a 400 that says so. */
    @Bean
    RequestRejectedHandler rejectedPaths(JsonMapper json) {
        ProblemResponses problems = new ProblemResponses(json);
        return (request, response, rejected) -> {
            if (request.getRequestURI().startsWith("/api/")) {
                problems.write(
                        response,
                        400,
                        "Bad path",
                        "The path is refused: it holds an encoded slash, a dot segment or a character that is not"
                                + " allowed.");
            } else {
                response.sendError(400);
            }
        };
    }

    /** The API answers in JSON whatever else a client lists in Accept (a browser lists text/html first). */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<ApiAccept> apiAccept() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new ApiAccept());
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    /** A worker node ({@code skilltree.role=worker}) answers only its probes and metrics, before any other filter. */
    @Bean
    @ConditionalOnProperty(name = "skilltree.role", havingValue = "worker")
    org.springframework.boot.web.servlet.FilterRegistrationBean<WorkerEndpoints> workerEndpoints(JsonMapper json) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
                new WorkerEndpoints(new ProblemResponses(json)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
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
