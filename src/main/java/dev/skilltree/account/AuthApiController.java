package dev.skilltree.account;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The API forms of registration and sign-in: the latter answers a new personal token. */
@RestController
@RequestMapping(path = "/api/v1/auth", consumes = "application/json")
class AuthApiController {

    /** The body of both calls; {@code tokenName} labels the token on the account page. */
    record Login(String username, String password, String tokenName) {}

    private final AccountService accounts;
    private final ApiTokenService tokens;
    private final AuthenticationManager authentication;

    AuthApiController(AccountService accounts, ApiTokenService tokens, AuthenticationManager authentication) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.authentication = authentication;
    }

    @PostMapping("/register")
    ResponseEntity<Map<String, Object>> register(@RequestBody Login credentials) {
        Account account = accounts.register(credentials.username(), credentials.password());
        return ResponseEntity.created(URI.create("/api/v1/me"))
                .body(Map.of(
                        "username", account.username(), "role", account.role().name()));
    }

    @PostMapping("/token")
    Map<String, Object> token(@RequestBody Login credentials, HttpServletRequest request) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                credentials.username() == null ? "" : credentials.username(),
                credentials.password() == null ? "" : credentials.password());
        attempt.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
        AccountUser user = (AccountUser) authentication.authenticate(attempt).getPrincipal();
        String name = credentials.tokenName() == null ? "api" : credentials.tokenName();
        ApiToken.Issued issued = tokens.create(user.account().id(), name);
        return Map.of("token", issued.secret(), "name", issued.name(), "username", user.getUsername());
    }
}
