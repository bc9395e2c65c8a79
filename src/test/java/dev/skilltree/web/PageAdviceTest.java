package dev.skilltree.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The page model every template gets, and the error page in the reader's language or problem+json for a client. */
class PageAdviceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PageAdvice advice = new PageAdvice(new StaticMessageSource(), JSON);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void givesThePageTheReadersLanguageThemeCsrfTokenAndPath() {
        MockHttpServletRequest request = request("/roadmaps/python-advanced");
        request.setQueryString("track=core");
        request.setCookies(new Cookie("lang", "zh"), new Cookie("theme", "dark"));
        request.setAttribute(CsrfToken.class.getName(), new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-123"));

        Page page = advice.page(request);

        assertThat(page.lang()).isEqualTo("zh");
        assertThat(page.theme()).isEqualTo("dark");
        assertThat(page.path()).isEqualTo("/roadmaps/python-advanced?track=core");
        assertThat(page.htmxHeaders()).isEqualTo("{\"X-CSRF-TOKEN\": \"token-123\"}");
        assertThat(page.csrfParam()).isEqualTo("_csrf");
        assertThat(page.signedIn()).isFalse();
    }

    @Test
    void fallsBackToTheAutoThemeAndNoTokenWhenTheRequestHasNeither() {
        MockHttpServletRequest request = request("/");
        request.setCookies(new Cookie("theme", "neon"));

        Page page = advice.page(request);

        assertThat(page.lang()).isEqualTo("en");
        assertThat(page.theme()).isEqualTo("auto");
        assertThat(page.htmxHeaders()).isEqualTo("{}");
    }

    @Test
    void showsWhoIsSignedIn() {
        Viewer carol = new Viewer(7, "carol", "ADMIN");
        Viewer.Known principal = () -> carol;
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, java.util.List.of()));

        Page page = advice.page(request("/"));

        assertThat(page.user()).isEqualTo(carol);
        assertThat(page.admin()).isTrue();
    }

    @Test
    void aForwardedErrorKeepsThePathTheReaderAskedFor() {
        MockHttpServletRequest request = request("/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/challenges/nope");

        assertThat(advice.page(request).path()).isEqualTo("/challenges/nope");
    }

    @Test
    void theErrorPageShowsTheReasonOnlyForARefusedChange() {
        ModelAndView missing = advice.errorPage(request("/roadmaps/nope"), HttpStatus.NOT_FOUND, "No roadmap 'nope'");
        ModelAndView conflict = advice.errorPage(request("/roadmaps"), HttpStatus.CONFLICT, "The id 'a' is taken.");
        ModelAndView invalid =
                advice.errorPage(request("/roadmaps"), HttpStatus.UNPROCESSABLE_CONTENT, "Line 3: no title.");

        assertThat(missing.getViewName()).isEqualTo("errorPage");
        assertThat(missing.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getModel()).containsEntry("status", 404).containsEntry("reason", "");
        assertThat(((Page) missing.getModel().get("page")).path()).isEqualTo("/roadmaps/nope");
        assertThat(conflict.getModel()).containsEntry("status", 409).containsEntry("reason", "The id 'a' is taken.");
        assertThat(invalid.getModel()).containsEntry("reason", "Line 3: no title.");
    }

    @Test
    void theErrorPageLinksBackOnlyToAnotherPageOfThisSite() {
        assertThat(back("http://localhost:8080/roadmaps?track=core")).isEqualTo("/roadmaps?track=core");
        assertThat(back("http://evil.example:8080/roadmaps")).isEmpty();
        assertThat(back("http://localhost:9090/roadmaps")).isEmpty();
        assertThat(back("http://localhost:8080/challenges/nope"))
                .as("the failed page itself")
                .isEmpty();
        assertThat(back("http://localhost:8080//evil.example/x"))
                .as("not a path of this site")
                .isEqualTo("/");
        assertThat(back("not a uri at all")).isEmpty();
        assertThat(back(null)).isEmpty();
    }

    @Test
    void behindTheStandardPortsARefererWithoutAPortStillLinksBack() {
        assertThat(back(80, "http://localhost/roadmaps")).isEqualTo("/roadmaps");
        assertThat(back(443, "https://localhost/roadmaps")).isEqualTo("/roadmaps");
        assertThat(back(443, "http://localhost/roadmaps")).as("another port").isEmpty();
    }

    @Test
    void aClientThatAsksForJsonGetsAProblemInsteadOfThePage() throws Exception {
        MockHttpServletRequest request = request("/roadmaps/nope");
        request.addHeader("Accept", "application/json");
        MockHttpServletResponse response = new MockHttpServletResponse();

        ModelAndView answer = advice.errorPage(request, HttpStatus.NOT_FOUND, "No roadmap 'nope'.");
        answer.getView().render(Map.of(), request, response);

        assertThat(answer.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(response.getContentAsString());
        assertThat(body.get("title").asString()).isEqualTo("Not Found");
        assertThat(body.get("detail").asString()).isEqualTo("No roadmap 'nope'.");
    }

    @Test
    void aBrowserThatAlsoTakesJsonGetsThePage() {
        MockHttpServletRequest request = request("/roadmaps/nope");
        request.addHeader("Accept", "text/html,application/json;q=0.9");

        assertThat(advice.errorPage(request, HttpStatus.NOT_FOUND, "").getViewName())
                .isEqualTo("errorPage");
    }

    private String back(String referer) {
        return back(8080, referer);
    }

    private String back(int port, String referer) {
        MockHttpServletRequest request = request("/challenges/nope");
        request.setServerPort(port);
        if (referer != null) {
            request.addHeader("Referer", referer);
        }
        return (String)
                advice.errorPage(request, HttpStatus.NOT_FOUND, "").getModel().get("back");
    }

    private static MockHttpServletRequest request(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, new UiLocaleResolver());
        return request;
    }
}
