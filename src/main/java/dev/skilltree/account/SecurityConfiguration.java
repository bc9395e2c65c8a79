package dev.skilltree.account;

import dev.skilltree.web.AuthorizationRules;
import dev.skilltree.web.ProblemResponses;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/** Who may reach what: sessions with CSRF for the pages, bearer tokens for the API and the CLI. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * No observation per security filter: wrapping every filter cost about a tenth of a page's CPU under load. HTTP
     * request metrics (and sign-in outcomes in the log) are unaffected.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The randomness of API tokens. */
    @Bean
    SecureRandom tokenRandom() {
        return new SecureRandom();
    }

    @Bean
    LoginThrottle loginThrottle(
            Clock clock,
            @Value("${skilltree.login.slow-after:3}") int slowAfter,
            @Value("${skilltree.login.refuse-after:10}") int refuseAfter,
            @Value("${skilltree.login.delay:250ms}") Duration delay,
            @Value("${skilltree.login.refusal:15m}") Duration refusal) {
        return new LoginThrottle(clock, slowAfter, refuseAfter, delay, refusal);
    }

    @Bean
    AuthenticationManager authenticationManager(
            AccountService accounts, PasswordEncoder passwords, LoginThrottle throttle, Clock clock) {
        UserDetailsService users = username -> accounts.find(username)
                .flatMap(a -> accounts.passwordHash(a.username()).map(hash -> new AccountUser(a, hash)))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(passwords);
        return new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle, clock));
    }

    @Bean
    SecurityFilterChain security(
            HttpSecurity http, ApiTokenService tokens, JsonMapper json, ObjectProvider<AuthorizationRules> modules) {
        ProblemResponses problems = new ProblemResponses(json);
        // Machines call the API and the operator's endpoints: they get problems, never the sign-in page.
        RequestMatcher api = request -> request.getRequestURI().startsWith("/api/")
                || request.getRequestURI().startsWith("/actuator/");
        RequestMatcher bearer = ApiTokenFilter::hasBearer;
        // An async dispatch (the end of a server-sent event stream) was authorised when its request began.
        http.authorizeHttpRequests(a -> {
                    a.dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll();
                    modules.orderedStream().forEach(rules -> rules.apply(a));
                    a.anyRequest().authenticated();
                })
                .formLogin(f -> f.loginPage("/login")
                        .defaultSuccessUrl("/dashboard")
                        .failureHandler((request, response, e) -> response.sendRedirect(
                                "/login?error=" + (e instanceof LoginThrottled ? "throttled" : "bad") + "&username="
                                        + URLEncoder.encode(
                                                Objects.requireNonNullElse(request.getParameter("username"), ""),
                                                StandardCharsets.UTF_8))))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .csrf(c -> c.ignoringRequestMatchers(
                        bearer, SecurityConfiguration::authApi, SecurityConfiguration::apiWithoutSession))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                                (request, response, ex) -> problems.write(
                                        response, 401, "Sign-in required", "Send Authorization: Bearer <token>."),
                                api)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login?required"), AnyRequestMatcher.INSTANCE)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, ex) -> problems.write(
                                        response, 403, "Forbidden", "Your role does not allow this request."),
                                api)
                        // A second handler, or Spring Security would use the API's one for every request.
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
                                + " script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'")))
                .addFilterBefore(new ApiTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    /** Signing in and registering are open; the admin pages of every module need the admin role. */
    @Bean
    AuthorizationRules accountRules() {
        return rules -> rules.requestMatchers("/login", "/register")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/auth/register", "/api/v1/auth/token")
                .permitAll()
                .requestMatchers("/admin/**")
                .hasRole("ADMIN");
    }

    /** An API call that carries no session cookie has no ambient credentials to forge; it fails sign-in instead. */
    private static boolean apiWithoutSession(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/") && request.getRequestedSessionId() == null;
    }

    private static boolean authApi(HttpServletRequest request) {
        return request.getRequestURI().equals("/api/v1/auth/register")
                || request.getRequestURI().equals("/api/v1/auth/token");
    }
}
