package dev.skilltree.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.config.Database;
import dev.skilltree.config.Transactions;
import dev.skilltree.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

class ApiTokenFilterTest {

    private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");

    @TempDir
    Path data;

    private SingleConnectionDataSource dataSource;
    private ApiTokenService tokens;
    private ApiTokenFilter filter;
    private long ada;
    /** What the rest of the chain saw: null when it was not called, "anonymous" when it ran unauthenticated. */
    private final AtomicReference<Object> reached = new AtomicReference<>();

    private final FilterChain chain = (request, response) -> {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        reached.set(auth == null ? "anonymous" : auth);
    };

    @BeforeEach
    void setUp() {
        dataSource = Database.open(data);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        tokens = new Transactions(dataSource)
                .around(new ApiTokenService(
                        new ApiTokenRepository(jdbc),
                        new AccountRepository(jdbc),
                        Clock.fixed(NOW, ZoneOffset.UTC),
                        new SecureRandom()));
        filter = new ApiTokenFilter(
                tokens, new ProblemResponses(JsonMapper.builder().build()));
        ada = new AccountRepository(JdbcClient.create(dataSource)).insert("ada", "h", Role.MENTOR, NOW);
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        dataSource.destroy();
    }

    private MockHttpServletResponse send(String authorization) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/me");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    @Test
    void passesARequestWithoutABearerTokenOnUntouched() throws Exception {
        MockHttpServletResponse response = send(null);

        assertThat(reached.get()).isEqualTo("anonymous");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(send("Basic YWRhOnB3").getStatus()).isEqualTo(200);
        assertThat(reached.get()).isEqualTo("anonymous");
    }

    @Test
    void signsInTheTokensOwnerForTheRestOfTheRequestOnly() throws Exception {
        String secret = tokens.create(ada, "laptop").secret();

        send("Bearer " + secret);

        Authentication auth = (Authentication) reached.get();
        assertThat(((AccountUser) auth.getPrincipal()).account().username()).isEqualTo("ada");
        assertThat(((AccountUser) auth.getPrincipal()).getPassword()).isEmpty();
        assertThat(auth.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_MENTOR");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void acceptsTheSchemeInAnyCaseAndSpacesAroundTheToken() throws Exception {
        String secret = tokens.create(ada, "cli").secret();

        send("bearer   " + secret + "  ");

        assertThat(reached.get()).isInstanceOf(Authentication.class);
    }

    @Test
    void answersAnUnknownTokenWithA401ProblemAndStopsTheRequest() throws Exception {
        MockHttpServletResponse response = send("Bearer st_not-a-real-token");

        assertThat(reached.get()).isNull();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("\"title\":\"Invalid token\"", "\"status\":401", "Create a new one on your account page.");
    }

    @Test
    void refusesARevokedToken() throws Exception {
        var issued = tokens.create(ada, "old laptop");
        tokens.revoke(ada, issued.id());

        assertThat(send("Bearer " + issued.secret()).getStatus()).isEqualTo(401);
        assertThat(reached.get()).isNull();
    }

    @Test
    void recognisesABearerHeaderWhateverItsCase() {
        MockHttpServletRequest bearer = new MockHttpServletRequest();
        bearer.addHeader("Authorization", "BEARER st_x");
        MockHttpServletRequest basic = new MockHttpServletRequest();
        basic.addHeader("Authorization", "Basic abc");

        assertThat(ApiTokenFilter.hasBearer(bearer)).isTrue();
        assertThat(ApiTokenFilter.hasBearer(basic)).isFalse();
        assertThat(ApiTokenFilter.hasBearer(new MockHttpServletRequest())).isFalse();
    }
}
