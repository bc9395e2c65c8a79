package dev.skilltree.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to a request forwarded to {@code /error} (an unknown path, a status a filter sent): the error page for
 * a reader, problem+json for the API, with a detail a person can act on. That a real unknown path arrives here is
 * ErrorPagesTest's, against the whole application.
 */
class ErrorResponsesTest {

    private final ErrorResponses errors = new ErrorResponses(
            new PageAdvice(new StaticMessageSource(), JsonMapper.builder().build()));

    @Test
    void aReaderGetsTheErrorPageForTheStatusAndPathThatFailed() {
        Object answer = errors.page(failed("/roadmaps/nope", 404));

        assertThat(answer).isInstanceOf(ModelAndView.class);
        ModelAndView page = (ModelAndView) answer;
        assertThat(page.getViewName()).isEqualTo("errorPage");
        assertThat(page.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getModel()).containsEntry("status", 404);
        assertThat(((Page) page.getModel().get("page")).path()).isEqualTo("/roadmaps/nope");
    }

    @Test
    void anApiPathGetsAProblemEvenWhenABrowserAskedForHtml() {
        Object answer = errors.page(failed("/api/v1/roadmaps/nope", 404));

        assertThat(answer).isInstanceOf(ResponseEntity.class);
        ResponseEntity<?> problem = (ResponseEntity<?>) answer;
        assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(problem.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(((ProblemDetail) problem.getBody()).getDetail()).isEqualTo("There is no such page or endpoint.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            404 | Not Found              | There is no such page or endpoint.
            405 | Method Not Allowed     | This path does not take that method.
            401 | Unauthorized           | Sign-in required: send Authorization: Bearer <token>.
            403 | Forbidden              | Your role does not allow this request.
            413 | Content Too Large      | The body is larger than this endpoint accepts.
            400 | Bad Request            | The request could not be read: check its path, its encoding and its body.
            418 | I'm a teapot           | The request could not be handled.
            503 | Service Unavailable    | Something went wrong on our side; the request was not carried out.
            """)
    void aProblemSaysWhatTheStatusMeansForTheClient(int status, String title, String detail) {
        ResponseEntity<ProblemDetail> problem = errors.problem(failed("/api/v1/anything", status));

        assertThat(problem.getStatusCode().value()).isEqualTo(status);
        assertThat(problem.getBody().getStatus()).isEqualTo(status);
        assertThat(problem.getBody().getTitle()).isEqualTo(title);
        assertThat(problem.getBody().getDetail()).isEqualTo(detail);
    }

    @Test
    void aForwardWithoutAnErrorStatusIsAnswered500() {
        MockHttpServletRequest noStatus = new MockHttpServletRequest("GET", "/error");

        assertThat(errors.problem(noStatus).getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(errors.problem(failed("/api/v1/x", 200)).getStatusCode())
                .isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(errors.problem(failed("/api/v1/x", 299)).getStatusCode())
                .isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static MockHttpServletRequest failed(String path, int status) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, path);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        return request;
    }
}
