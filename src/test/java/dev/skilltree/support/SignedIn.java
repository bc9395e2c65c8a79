package dev.skilltree.support;

import dev.skilltree.account.Account;
import dev.skilltree.account.AccountUser;
import dev.skilltree.account.Role;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.web.method.annotation.AuthenticationPrincipalArgumentResolver;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A request of a web slice test made by a signed-in learner: the security context of that one request holds the
 * {@link AccountUser} a controller's {@code @AuthenticationPrincipal} receives. How a token or a session becomes that
 * principal is the whole-application tests' to check.
 */
public final class SignedIn {

    private SignedIn() {}

    /**
     * The learner with this account id (a row of app_user, as {@link TestDatabase#user} makes one), signed in for the
     * request: the thread's security context holds them, as the security filters would have set it (a slice runs
     * without them); spring-security-test clears it after each test.
     */
    public static RequestPostProcessor learner(long id) {
        AccountUser user = new AccountUser(new Account(id, "learner-" + id, Role.LEARNER, Instant.EPOCH), null);
        return request -> {
            TestSecurityContextHolder.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            return request;
        };
    }

    /**
     * For a slice ({@code @Import(SignedIn.Principals.class)}): Spring Security's own resolver of
     * {@code @AuthenticationPrincipal}, which the application's security configuration registers and a web slice
     * leaves out.
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Principals {

        @Bean
        WebMvcConfigurer authenticationPrincipal() {
            return new WebMvcConfigurer() {
                @Override
                public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                    resolvers.add(new AuthenticationPrincipalArgumentResolver());
                }
            };
        }
    }
}
