package dev.skilltree.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import dev.skilltree.config.Transactions;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.SliceDatabase;
import dev.skilltree.support.TestDatabase;
import dev.skilltree.web.AuthorizationRules;
import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import java.security.Principal;
import java.security.SecureRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;

/**
 * The one security chain, in a web slice with its filters over a real H2 database: who reaches the account pages,
 * the admin pages and the API, what a signed-out caller is answered (the sign-in page or a problem), where CSRF is
 * asked for, and where the sign-in form sends a person. A small controller stands in for the other modules' pages
 * and API, with one rule of its own as a module contributes it. The same rules over every real endpoint are
 * AccessTest's.
 */
@WebMvcTest({AccountPages.class, AdminPages.class, AuthApiController.class})
@ImportAutoConfiguration({
    JteAutoConfiguration.class,
    SecurityAutoConfiguration.class,
    ServletWebSecurityAutoConfiguration.class
})
@Import({
    SecurityConfiguration.class,
    SliceDatabase.class,
    MovableClock.InServer.class,
    SecurityConfigurationTest.Accounts.class,
    SecurityConfigurationTest.Probe.class
})
@TestPropertySource(properties = {"skilltree.login.delay=0ms", "skilltree.login.refuse-after=3"})
class SecurityConfigurationTest {

    private static final String PASSWORD = "correct horse battery";

    private MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    GroupService groups;

    @TestConfiguration(proxyBeanMethods = false)
    static class Accounts {

        @Bean
        AccountService accounts(
                TestDatabase database, Transactions transactions, PasswordEncoder passwords, MovableClock clock) {
            return transactions.around(AccountService.of(database.jdbc(), passwords, clock));
        }

        @Bean
        ApiTokenService tokens(TestDatabase database, Transactions transactions, MovableClock clock) {
            return transactions.around(new ApiTokenService(
                    new ApiTokenRepository(database.jdbc()),
                    new AccountRepository(database.jdbc()),
                    clock,
                    new SecureRandom()));
        }

        @Bean
        GroupService groups(TestDatabase database, Transactions transactions) {
            return transactions.around(
                    new GroupService(new GroupRepository(database.jdbc()), new AccountRepository(database.jdbc())));
        }

        /** A module's own rule: its API for mentors only. */
        @Bean
        AuthorizationRules probeRules() {
            return rules -> rules.requestMatchers("/api/v1/probe/mentors").hasRole("MENTOR");
        }
    }

    /** Another module's page and API, answering with who called. */
    @RestController
    static class Probe {

        @GetMapping({"/probe", "/api/v1/probe", "/api/v1/probe/mentors"})
        String read(Principal caller) {
            return "read by " + caller.getName();
        }

        @PostMapping({"/probe", "/api/v1/probe"})
        String write(Principal caller) {
            return "written by " + caller.getName();
        }
    }

    @BeforeEach
    void throughTheSecurityFilters(@Autowired WebApplicationContext context) {
        mvc = MockMvcTester.from(
                context, builder -> builder.apply(springSecurity()).build());
    }

    @Test
    void signingInAndRegisteringAreOpenToEveryone() {
        MvcTestResult login = mvc.get().uri("/login").exchange();
        MvcTestResult register = mvc.get().uri("/register").exchange();
        MvcTestResult registered = mvc.post()
                .uri("/api/v1/auth/register")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"newcomer\", \"password\": \"" + PASSWORD + "\"}")
                .exchange();

        assertThat(login).hasStatusOk();
        assertThat(login).bodyText().contains("name=\"password\"");
        assertThat(register).hasStatusOk();
        assertThat(registered).hasStatus(201);
        assertThat(accounts.find("newcomer")).isPresent();
    }

    @Test
    void aSignedOutVisitorOfAPageIsSentToSignInAndAMachineGetsAProblem() {
        MvcTestResult page = mvc.get().uri("/probe").exchange();
        MvcTestResult admin = mvc.get().uri("/admin").exchange();
        MvcTestResult api = mvc.get().uri("/api/v1/probe").exchange();
        MvcTestResult actuator = mvc.get().uri("/actuator/metrics").exchange();

        assertThat(page).hasStatus(302).hasRedirectedUrl("/login?required");
        assertThat(admin).hasStatus(302).hasRedirectedUrl("/login?required");
        for (MvcTestResult machine : new MvcTestResult[] {api, actuator}) {
            assertThat(machine).hasStatus(401).hasContentTypeCompatibleWith("application/problem+json");
            assertThat(machine).bodyJson().extractingPath("$.detail").isEqualTo("Send Authorization: Bearer <token>.");
        }
    }

    @Test
    void theAdminPagesAreForAdminsOnly() {
        Account admin = accounts.createAdmin("root", PASSWORD);
        accounts.register("mentor", PASSWORD);
        accounts.changeRole("mentor", Role.MENTOR);
        Account learner = accounts.register("learner", PASSWORD);

        assertThat(mvc.get().uri("/admin").with(as(admin)).exchange()).hasStatusOk();
        assertThat(mvc.get()
                        .uri("/admin")
                        .with(as(accounts.find("mentor").orElseThrow()))
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.get().uri("/admin").with(as(learner)).exchange()).hasStatus(403);
        assertThat(mvc.post()
                        .uri("/admin/groups")
                        .param("name", "made by a learner")
                        .with(as(learner))
                        .with(csrf())
                        .exchange())
                .hasStatus(403);
        assertThat(groups.list()).isEmpty();
    }

    @Test
    void aModulesRuleRefusesTheWrongRoleWithAProblemOnItsApi() {
        String learner = token(accounts.register("curious", PASSWORD));
        accounts.register("guide", PASSWORD);
        accounts.changeRole("guide", Role.MENTOR);
        String mentor = token(accounts.find("guide").orElseThrow());

        MvcTestResult refused = mvc.get()
                .uri("/api/v1/probe/mentors")
                .header("Authorization", "Bearer " + learner)
                .exchange();
        MvcTestResult allowed = mvc.get()
                .uri("/api/v1/probe/mentors")
                .header("Authorization", "Bearer " + mentor)
                .exchange();

        assertThat(refused).hasStatus(403).hasContentTypeCompatibleWith("application/problem+json");
        assertThat(refused).bodyJson().extractingPath("$.detail").isEqualTo("Your role does not allow this request.");
        assertThat(allowed).hasStatusOk().bodyText().isEqualTo("read by guide");
    }

    @Test
    void aPageFormNeedsItsCsrfTokenButABearerTokenOrAnApiCallWithoutSessionDoesNot() {
        Account ada = accounts.register("ada", PASSWORD);
        String bearer = token(ada);

        MvcTestResult forged = mvc.post().uri("/probe").with(as(ada)).exchange();
        MvcTestResult form = mvc.post().uri("/probe").with(as(ada)).with(csrf()).exchange();
        MvcTestResult byToken = mvc.post()
                .uri("/api/v1/probe")
                .header("Authorization", "Bearer " + bearer)
                .exchange();
        MvcTestResult sessionWithoutToken = mvc.post()
                .uri("/api/v1/probe")
                .with(as(ada))
                .with(request -> {
                    request.setRequestedSessionId("ridden-session");
                    return request;
                })
                .exchange();
        MvcTestResult noCredentials = mvc.post().uri("/api/v1/probe").exchange();

        assertThat(forged).hasStatus(403);
        assertThat(form).hasStatusOk().bodyText().isEqualTo("written by ada");
        assertThat(byToken).hasStatusOk().bodyText().isEqualTo("written by ada");
        assertThat(sessionWithoutToken)
                .as("an API call riding on a session cookie")
                .hasStatus(403);
        assertThat(noCredentials).as("fails sign-in, not CSRF").hasStatus(401);
    }

    @Test
    void theSignInFormSendsAPersonToTheDashboardOrBackSayingWhyAndKeepsTheName() {
        accounts.register("bob", PASSWORD);

        MvcTestResult signedIn = signIn("bob", PASSWORD);
        MvcTestResult wrong = signIn("bob", "wrong password");

        assertThat(signedIn).hasRedirectedUrl("/dashboard");
        assertThat(wrong).hasRedirectedUrl("/login?error=bad&username=bob");
        assertThat(signIn("nobody here", PASSWORD)).hasRedirectedUrl("/login?error=bad&username=nobody+here");
    }

    @Test
    void afterTooManyWrongPasswordsTheFormSaysSignInIsThrottledEvenForTheRightOne() {
        accounts.register("carol", PASSWORD);
        for (int i = 0; i < 3; i++) {
            signIn("carol", "guess " + i);
        }

        assertThat(signIn("carol", PASSWORD)).hasRedirectedUrl("/login?error=throttled&username=carol");
    }

    @Test
    void signingOutLeadsToTheSignInPageSayingSo() {
        Account dan = accounts.register("dan", PASSWORD);

        MvcTestResult out = mvc.post().uri("/logout").with(as(dan)).with(csrf()).exchange();

        assertThat(out).hasRedirectedUrl("/login?signedOut");
    }

    @Test
    void everyAnswerCarriesTheContentSecurityPolicy() {
        MvcTestResult login = mvc.get().uri("/login").exchange();

        assertThat(login.getResponse().getHeader("Content-Security-Policy"))
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'");
    }

    private MvcTestResult signIn(String username, String password) {
        return mvc.post()
                .uri("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .exchange();
    }

    private String token(Account account) {
        return tokens.create(account.id(), "test").secret();
    }

    /** A session signed in as {@code account}, as the sign-in form leaves it. */
    private static RequestPostProcessor as(Account account) {
        return user(new AccountUser(account, ""));
    }
}
