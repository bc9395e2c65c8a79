package dev.skilltree.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * One module's URL rules: who may reach its pages and API. The one security chain applies every module's rules,
 * then requires sign-in for anything no rule named, so a new module's API needs no edit elsewhere.
 */
@FunctionalInterface
public interface AuthorizationRules {

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
