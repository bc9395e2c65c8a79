package dev.skilltree.review;

import dev.skilltree.roadmap.RoadmapNotFound;
import dev.skilltree.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps the review module's exceptions to RFC 9457 problem details. */
@RestControllerAdvice(assignableTypes = ReviewApiController.class)
class ReviewApiAdvice {

    @ExceptionHandler({CardNotInDeck.class, RoadmapNotFound.class})
    ProblemDetail notFound(RuntimeException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(NothingToUndo.class)
    ProblemDetail nothingToUndo(NothingToUndo e) {
        return Problems.of(HttpStatus.CONFLICT, "Nothing to undo", e.getMessage());
    }

    @ExceptionHandler(ReviewConflict.class)
    ProblemDetail conflict(ReviewConflict e) {
        return Problems.of(HttpStatus.CONFLICT, "Rated meanwhile", e.getMessage());
    }

    @ExceptionHandler(InvalidReview.class)
    ProblemDetail invalid(InvalidReview e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid review", e.getMessage());
    }

    @ExceptionHandler(InvalidDeck.class)
    ProblemDetail invalidDeck(InvalidDeck e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid deck", e.getMessage());
    }
}
