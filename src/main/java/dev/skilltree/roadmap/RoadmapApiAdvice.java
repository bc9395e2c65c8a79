package dev.skilltree.roadmap;

import dev.skilltree.web.Problems;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps the roadmap module's exceptions to RFC 9457 problem details. */
@RestControllerAdvice(assignableTypes = RoadmapApiController.class)
class RoadmapApiAdvice {

    @ExceptionHandler(RoadmapNotFound.class)
    ProblemDetail notFound(RoadmapNotFound e) {
        return Problems.of(HttpStatus.NOT_FOUND, "Roadmap not found", e.getMessage());
    }

    @ExceptionHandler(RoadmapExists.class)
    ProblemDetail exists(RoadmapExists e) {
        return Problems.of(HttpStatus.CONFLICT, "Roadmap already exists", e.getMessage());
    }

    @ExceptionHandler(InvalidRoadmap.class)
    ProblemDetail invalid(InvalidRoadmap e) {
        ProblemDetail problem = Problems.of(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "Invalid roadmap",
                e.problems().size() + " problem(s) in the document; nothing was imported.");
        List<Map<String, Object>> errors = e.problems().stream()
                .map(p -> Map.<String, Object>of(
                        "source", p.location().source(), "line", p.location().line(), "message", p.message()))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(RoadmapApiController.UnsupportedExportFormat.class)
    ProblemDetail badFormat(RuntimeException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "Unknown export format", e.getMessage());
    }

    @ExceptionHandler(RoadmapApiController.DocumentTooLarge.class)
    ProblemDetail tooLarge(RuntimeException e) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "Document too large", e.getMessage());
    }
}
