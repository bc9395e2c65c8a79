package dev.skilltree.grading;

import dev.skilltree.grading.submission.SubmissionApiController;
import dev.skilltree.grading.submission.SubmissionNotFound;
import dev.skilltree.grading.submission.TooManySubmissions;
import dev.skilltree.web.Problems;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps the grading module's exceptions to RFC 9457 problem details. */
@RestControllerAdvice(
        assignableTypes = {ChallengeApiController.class, SubmissionApiController.class, QueueApiController.class})
class GradingApiAdvice {

    /** Not meant to be fetched: it names the kind of problem (RFC 9457, 3.1.1); docs/api-errors.md describes it. */
    static final URI TOO_MANY_SUBMISSIONS = URI.create("tag:skilltree,2026:problems/too-many-submissions");

    @ExceptionHandler({ChallengeNotFound.class, SubmissionNotFound.class})
    ProblemDetail notFound(RuntimeException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(InvalidSubmission.class)
    ProblemDetail invalidSubmission(InvalidSubmission e) {
        return e.tooLarge()
                ? Problems.of(HttpStatus.CONTENT_TOO_LARGE, "Submission too large", e.getMessage())
                : Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid submission", e.getMessage());
    }

    @ExceptionHandler(InvalidChallenge.class)
    ProblemDetail invalidChallenge(InvalidChallenge e) {
        ProblemDetail problem = Problems.of(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "Invalid challenge",
                e.problems().size() + " problem(s) found");
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @ExceptionHandler(ChallengeExists.class)
    ProblemDetail exists(ChallengeExists e) {
        return Problems.of(HttpStatus.CONFLICT, "Challenge exists", e.getMessage());
    }

    /** 429 with when to try again, and which of the learner's submissions are still in flight. */
    @ExceptionHandler(TooManySubmissions.class)
    ResponseEntity<ProblemDetail> tooMany(TooManySubmissions e) {
        ProblemDetail problem =
                Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many submissions in flight", e.getMessage());
        problem.setType(TOO_MANY_SUBMISSIONS);
        problem.setProperty("inFlight", e.inFlight());
        problem.setProperty("retryAfter", e.retryAfterSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problem);
    }

    @ExceptionHandler(QueueNotVisible.class)
    ProblemDetail queueNotVisible(QueueNotVisible e) {
        return Problems.of(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }
}
