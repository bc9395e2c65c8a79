package dev.skilltree.web;

import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    LocaleResolver localeResolver() {
        return new UiLocaleResolver();
    }

    /** Error pages in the site's layout and the reader's language, never with a stack trace. */
    @Bean
    ErrorViewResolver errorPages(PageAdvice pages) {
        return (request, status, model) -> new ModelAndView(
                "error",
                Map.of("page", pages.page(request), "status", status.value(), "reason", status.getReasonPhrase()),
                status);
    }
}
