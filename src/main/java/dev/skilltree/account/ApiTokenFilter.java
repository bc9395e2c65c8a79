package dev.skilltree.account;

import dev.skilltree.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer} requests with a personal API token; a bad token gets 401. */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final ProblemResponses problems;

    ApiTokenFilter(ApiTokenService tokens, ProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        String secret =
                request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).strip();
        var account = tokens.authenticate(secret);
        if (account.isEmpty()) {
            problems.write(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "Invalid token",
                    "The API token is unknown or revoked. Create a new one on your account page.");
            return;
        }
        AccountUser user = new AccountUser(account.get(), "");
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
