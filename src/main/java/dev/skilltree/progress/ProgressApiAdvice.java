package dev.skilltree.progress;

import dev.skilltree.roadmap.RoadmapNotFound;
import dev.skilltree.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps the progress module's exceptions to RFC 9457 problem details. */
@RestControllerAdvice(assignableTypes = ProgressApiController.class)
class ProgressApiAdvice {

    @ExceptionHandler({RoadmapNotFound.class, NodeNotFound.class, LearnerAccess.LearnerNotFound.class})
    ProblemDetail notFound(RuntimeException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(InvalidProgress.class)
    ProblemDetail invalid(InvalidProgress e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid progress", e.getMessage());
    }
}
