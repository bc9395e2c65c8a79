package dev.skilltree.plan;

import dev.skilltree.roadmap.RoadmapNotFound;
import dev.skilltree.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps the plan module's exceptions to RFC 9457 problem details; a bad input names its field. */
@RestControllerAdvice(assignableTypes = PlanApiController.class)
class PlanApiAdvice {

    @ExceptionHandler({PlanNotFound.class, RoadmapNotFound.class})
    ProblemDetail notFound(RuntimeException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    ProblemDetail conflict(RuntimeException e) {
        return Problems.of(
                HttpStatus.CONFLICT, "Re-planned meanwhile", "The plan was re-planned meanwhile; read it again.");
    }

    @ExceptionHandler(InvalidPlan.class)
    ProblemDetail invalid(InvalidPlan e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid plan", e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }
}
