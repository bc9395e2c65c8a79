package dev.skilltree.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The answer to a request that failed before or outside a controller (an unknown path,
 * a status sent by a filter): problem+json for the API and for clients that ask for JSON, the error page otherwise.
 */
@Controller
@RequestMapping("/error")
class ErrorResponses implements ErrorController {

    private final PageAdvice pages;

    ErrorResponses(PageAdvice pages) {
        this.pages = pages;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    Object page(HttpServletRequest request) {
        HttpStatus status = status(request);
        if (isApi(request)) {
            return problem(request);
        }
        return pages.errorPage(request, status, status.getReasonPhrase());
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, status.getReasonPhrase(), detail(request, status)));
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith("/api/");
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        return status == null || status.value() < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String detail(HttpServletRequest request, HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is no such page or endpoint.";
            case METHOD_NOT_ALLOWED -> "This path does not take that method.";
            case UNAUTHORIZED -> "Sign-in required: send Authorization: Bearer <token>.";
            case FORBIDDEN -> "Your role does not allow this request.";
            case CONTENT_TOO_LARGE -> "The body is larger than this endpoint accepts.";
            case BAD_REQUEST -> "The request could not be read: check its path, its encoding and its body.";
            default ->
                status.is5xxServerError()
                        ? "Something went wrong on our side; the request was not carried out."
                        : "The request could not be handled.";
        };
    }
}
