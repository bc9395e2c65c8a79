package dev.skilltree.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;

/** Gives every page its {@link Page}. */
@ControllerAdvice(annotations = PageController.class)
@Component
public class PageAdvice {

    private final MessageSource messages;
    private final ProblemResponses problems;

    PageAdvice(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.problems = new ProblemResponses(json);
    }

    @ModelAttribute("page")
    public Page page(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        var user = auth != null && auth.getPrincipal() instanceof Viewer.Known known ? known.viewer() : null;
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String path = requestedPath(request);
        return new Page(
                RequestContextUtils.getLocale(request).getLanguage(),
                Prefs.theme(request),
                user,
                csrf == null ? null : csrf.getHeaderName(),
                csrf == null ? null : csrf.getParameterName(),
                csrf == null ? null : csrf.getToken(),
                path,
                messages);
    }

    /**
     * The error page, in the site's layout and the reader's language: what happened, the address asked for, and
     * the ways back. The reason is shown for a refused change (409, 422), where it says what to fix. A client that
     * asks for JSON rather than HTML gets problem+json instead.
     */
    public ModelAndView errorPage(HttpServletRequest request, HttpStatusCode status, String reason) {
        int code = status.value();
        if (asksForJson(request)) {
            HttpStatus known = HttpStatus.resolve(code);
            String title = known == null ? "Error" : known.getReasonPhrase();
            View problem = (model, req, response) -> problems.write(response, code, title, reason);
            ModelAndView answer = new ModelAndView(problem);
            answer.setStatus(status);
            return answer;
        }
        Page page = page(request);
        String shownReason = code == 409 || code == 422 ? reason : "";
        return new ModelAndView(
                "errorPage",
                Map.of("page", page, "status", code, "reason", shownReason, "back", sameSiteReferer(request)),
                status);
    }

    private static boolean asksForJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    /** The path the reader asked for, also when an error has been forwarded to {@code /error}. */
    private static String requestedPath(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (failed != null) {
            return failed.toString();
        }
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /** The URI's port; when it names none, its scheme's (a Referer behind port 80 or 443 usually names none). */
    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** The page the reader came from, when it is on this site: a link back that needs no script. */
    private static String sameSiteReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return "";
        }
        try {
            URI uri = URI.create(referer);
            boolean here =
                    request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port(uri);
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return here && !path.equals(requestedPath(request)) ? Prefs.safe(path) : "";
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
