package dev.skilltree.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.config.Transactions;
import dev.skilltree.support.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registering and signing in through the API, in a web slice with the application's own authentication (password
 * check and throttle, as SecurityConfiguration makes them) over a real H2 database. That these calls need no session and that a token then opens the
 * rest of the API is AccountApiTest's, against the whole application and its security filters.
 */
@WebMvcTest(AuthApiController.class)
@AutoConfigureMockMvc(addFilters = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthApiControllerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiTokenService tokens;

    /** The application's own authentication beans, from SecurityConfiguration, without its filter chain. */
    @TestConfiguration
    static class RealAccounts {

        private final SecurityConfiguration security = new SecurityConfiguration();

        @Bean
        PasswordEncoder passwordEncoder() {
            return security.passwordEncoder();
        }

        @Bean
        SecureRandom tokenRandom() {
            return security.tokenRandom();
        }

        /** Slowed after 2 failed sign-ins by 1 ms, refused after 4. */
        @Bean
        LoginThrottle loginThrottle(Clock clock) {
            return security.loginThrottle(clock, 2, 4, Duration.ofMillis(1), Duration.ofMinutes(15));
        }

        @Bean
        AuthenticationManager authenticationManager(
                AccountService accounts, PasswordEncoder passwords, LoginThrottle throttle, Clock clock) {
            return security.authenticationManager(accounts, passwords, throttle, clock);
        }

        @Bean(destroyMethod = "close")
        TestDatabase database() throws IOException {
            return TestDatabase.open(Files.createTempDirectory("auth-api"));
        }

        @Bean
        AccountService accountService(TestDatabase database, PasswordEncoder passwords, Clock clock) {
            return new Transactions(database.dataSource()).around(AccountService.of(database.jdbc(), passwords, clock));
        }

        @Bean
        ApiTokenService apiTokenService(TestDatabase database, Clock clock, SecureRandom random) {
            return new Transactions(database.dataSource())
                    .around(new ApiTokenService(
                            new ApiTokenRepository(database.jdbc()),
                            new AccountRepository(database.jdbc()),
                            clock,
                            random));
        }
    }

    @Test
    @Order(1)
    void makesTheFirstAccountTheAdminAndLaterOnesLearners() {
        MvcTestResult first = post("/register", Map.of("username", "Ada", "password", "correct horse battery"));
        MvcTestResult second = post("/register", Map.of("username", "grace", "password", "another long secret"));

        assertThat(first).hasStatus(201).hasHeader("Location", "/api/v1/me");
        assertThat(json(first).get("username").asString()).isEqualTo("ada");
        assertThat(json(first).get("role").asString()).isEqualTo("ADMIN");
        assertThat(json(second).get("role").asString()).isEqualTo("LEARNER");
    }

    @Test
    void explainsWhyARegistrationIsRefused() {
        register("taken", "a fine long password");

        assertRefused(register("taken", "a fine long password"), "username", "already taken");
        assertRefused(register("x", "a fine long password"), "username", "3 to 32 characters");
        assertRefused(register("shorty", "short"), "password", "at least 10 characters");
        assertRefused(register("longpw", "长".repeat(25)), "password", "at most 72 bytes");
        assertRefused(register("weakling", "password123"), "password", "too easy to guess");
        assertRefused(register("selfish", "selfish-selfish"), "password", "too easy to guess");
    }

    @Test
    void signingInAnswersANewTokenThatSignsTheUserIn() {
        register("tokenuser", "a fine long password");

        MvcTestResult named = post(
                "/token", Map.of("username", "TokenUser", "password", "a fine long password", "tokenName", "laptop"));
        MvcTestResult unnamed = post("/token", Map.of("username", "tokenuser", "password", "a fine long password"));

        assertThat(named).hasStatusOk();
        assertThat(json(named).get("name").asString()).isEqualTo("laptop");
        assertThat(json(named).get("username").asString()).isEqualTo("tokenuser");
        assertThat(json(unnamed).get("name").asString()).isEqualTo("api");
        assertThat(tokens.authenticate(json(named).get("token").asString()))
                .get()
                .extracting(Account::username)
                .isEqualTo("tokenuser");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        register("known", "a fine long password");

        MvcTestResult wrong = post("/token", Map.of("username", "known", "password", "a wrong guess!"));
        MvcTestResult unknown = post("/token", Map.of("username", "nobody", "password", "a fine long password"));
        MvcTestResult empty = post("/token", Map.of());

        for (MvcTestResult answer : new MvcTestResult[] {wrong, unknown, empty}) {
            assertThat(answer).hasStatus(401).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(json(answer).get("detail").asString()).isEqualTo("The user name or password is wrong.");
        }
    }

    @Test
    void slowsDownThenRefusesRepeatedFailedSignIns() {
        register("victim", "the real password");
        Map<String, String> wrong = Map.of("username", "victim", "password", "a wrong guess");

        for (int i = 0; i < 4; i++) {
            assertThat(post("/token", wrong)).hasStatus(401);
        }
        MvcTestResult refused = post("/token", Map.of("username", "victim", "password", "the real password"));

        assertThat(refused).hasStatus(429);
        assertThat(refused.getResponse().getHeader("Retry-After")).isNotBlank();
        assertThat(json(refused).get("detail").asString()).contains("Too many failed sign-ins");
    }

    private MvcTestResult register(String username, String password) {
        return post("/register", Map.of("username", username, "password", password));
    }

    private MvcTestResult post(String path, Map<String, String> body) {
        return mvc.post()
                .uri("/api/v1/auth" + path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))
                .exchange();
    }

    private static void assertRefused(MvcTestResult response, String field, String message) {
        assertThat(response).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(response).get("field").asString()).isEqualTo(field);
        assertThat(json(response).get("detail").asString()).contains(message);
    }

    private static JsonNode json(MvcTestResult response) {
        try {
            return JSON.readTree(response.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
