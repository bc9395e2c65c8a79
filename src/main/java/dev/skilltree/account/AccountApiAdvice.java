package dev.skilltree.account;

import dev.skilltree.web.Problems;
import java.time.Clock;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps the account module's exceptions to RFC 9457 problem details. */
@RestControllerAdvice(assignableTypes = AuthApiController.class)
class AccountApiAdvice {

    private final Clock clock;

    AccountApiAdvice(Clock clock) {
        this.clock = clock;
    }

    @ExceptionHandler(InvalidAccount.class)
    ProblemDetail invalid(InvalidAccount e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid account", e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(LoginThrottled.class)
    ResponseEntity<ProblemDetail> throttled(LoginThrottled e) {
        long seconds = Math.max(1, Duration.between(clock.instant(), e.until()).getSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins", e.getMessage()));
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail badCredentials(AuthenticationException e) {
        return Problems.of(HttpStatus.UNAUTHORIZED, "Sign-in failed", "The user name or password is wrong.");
    }
}
