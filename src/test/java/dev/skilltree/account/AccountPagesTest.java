package dev.skilltree.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.config.Transactions;
import dev.skilltree.support.SignedIn;
import dev.skilltree.support.TestDatabase;
import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The sign-in, registration and account pages as rendered, in a web slice over a real H2 database. Who may open
 * them, and the sign-in form's own handling, are the security chain's and the whole-application tests'.
 */
@WebMvcTest(AccountPages.class)
@AutoConfigureMockMvc(addFilters = false)
@ImportAutoConfiguration(JteAutoConfiguration.class)
class AccountPagesTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestDatabase database;

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokenService tokens;

    @TestConfiguration
    static class RealAccounts {

        @Bean(destroyMethod = "close")
        TestDatabase database() throws IOException {
            return TestDatabase.open(Files.createTempDirectory("account-pages"));
        }

        @Bean
        AccountService accountService(TestDatabase database, Clock clock) {
            return new Transactions(database.dataSource())
                    .around(AccountService.of(
                            database.jdbc(), PasswordEncoderFactories.createDelegatingPasswordEncoder(), clock));
        }

        @Bean
        ApiTokenService apiTokenService(TestDatabase database, Clock clock) {
            return new Transactions(database.dataSource())
                    .around(new ApiTokenService(
                            new ApiTokenRepository(database.jdbc()),
                            new AccountRepository(database.jdbc()),
                            clock,
                            new SecureRandom()));
        }
    }

    @Test
    void theSignInFormSaysWhyItIsShownAndKeepsTheName() {
        assertThat(page("/login?error=bad&username=ada"))
                .contains("Wrong user name or password.")
                .contains("value=\"ada\"");
        assertThat(page("/login?error=throttled")).contains("Too many failed sign-ins.");
        // The server's ?required and ?signedOut: Tomcat reads each as an empty value, MockMvc only with the '='.
        assertThat(page("/login?required=")).contains("Sign in to see that page.");
        assertThat(page("/login?signedOut=")).contains("You are signed out.");
        assertThat(page("/login")).contains("<h1>Sign in</h1>").doesNotContain("role=\"alert\"", "id=\"login-notice\"");
    }

    @Test
    void aNewAccountIsSignedInAtOnceAndWelcomed() {
        MvcTestResult registered = mvc.post()
                .uri("/register")
                .param("username", "Carol")
                .param("password", PASSWORD)
                .exchange();

        assertThat(registered).hasStatus3xxRedirection().hasRedirectedUrl("/dashboard");
        Map<String, Object> flash = registered.getMvcResult().getFlashMap();
        assertThat(flash).containsEntry("message", "Welcome, carol: your account is ready, and you are signed in.");
        SecurityContext context = (SecurityContext) registered
                .getRequest()
                .getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(context.getAuthentication().getName()).isEqualTo("carol");
        assertThat(accounts.find("carol")).isPresent();
    }

    @Test
    void aRefusedRegistrationShowsTheFormAgainWithTheReasonAndSignsNobodyIn() {
        MvcTestResult refused = mvc.post()
                .uri("/register")
                .param("username", "grace")
                .param("password", "short")
                .exchange();

        assertThat(refused).hasStatusOk();
        assertThat(body(refused))
                .contains("The password is too short: use at least 10 characters.")
                .contains("value=\"grace\"")
                .containsPattern("name=\"password\"[^>]*aria-invalid=\"true\"");
        assertThat(refused.getRequest().getSession(false)).isNull();
        assertThat(accounts.find("grace")).isEmpty();
    }

    @Test
    void theAccountPageShowsANewTokenOnceAndListsRevokedOnes() {
        long dora = database.user("dora");

        MvcTestResult created = mvc.post()
                .uri("/account/tokens")
                .param("name", "laptop")
                .with(SignedIn.learner(dora))
                .exchange();
        ApiToken.Issued issued =
                (ApiToken.Issued) created.getMvcResult().getFlashMap().get("issued");
        String withSecret = body(mvc.get()
                .uri("/account")
                .flashAttr("issued", issued)
                .with(SignedIn.learner(dora))
                .exchange());
        MvcTestResult revoked = mvc.post()
                .uri("/account/tokens/" + issued.id() + "/revoke")
                .with(SignedIn.learner(dora))
                .exchange();
        String after =
                body(mvc.get().uri("/account").with(SignedIn.learner(dora)).exchange());

        assertThat(created).hasRedirectedUrl("/account");
        assertThat(withSecret)
                .contains("Copy this token now. It is shown only once.")
                .contains("<code class=\"secret\" id=\"new-token\">" + issued.secret() + "</code>")
                .contains("<td>laptop</td>")
                .contains("/account/tokens/" + issued.id() + "/revoke");
        assertThat(revoked).hasRedirectedUrl("/account");
        assertThat(after)
                .doesNotContain(issued.secret())
                .doesNotContain("/account/tokens/" + issued.id() + "/revoke")
                .contains("Revoked");
        assertThat(tokens.authenticate(issued.secret())).isEmpty();
    }

    @Test
    void nobodyRevokesAnotherLearnersToken() {
        long eve = database.user("eve");
        long finn = database.user("finn");
        ApiToken.Issued finns = tokens.create(finn, "cli");

        mvc.post()
                .uri("/account/tokens/" + finns.id() + "/revoke")
                .with(SignedIn.learner(eve))
                .exchange();

        assertThat(tokens.authenticate(finns.secret())).isPresent();
    }

    private String page(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
