package dev.skilltree.grading;

import dev.skilltree.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps the grading module's exceptions to RFC 9457 problem details. */
@RestControllerAdvice(assignableTypes = {ChallengeApiController.class, SubmissionApiController.class})
class GradingApiAdvice {

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
}
