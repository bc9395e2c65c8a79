package dev.skilltree.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Gives every page its {@link Page}. */
@ControllerAdvice(annotations = PageController.class)
@Component
public class PageAdvice {

    private final MessageSource messages;

    PageAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("page")
    public Page page(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        var user = auth != null && auth.getPrincipal() instanceof Viewer.Known known ? known.viewer() : null;
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String query = request.getQueryString();
        String path = request.getRequestURI() + (query == null ? "" : "?" + query);
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

    /** The error page, in the site's layout and the reader's language, with a reason a person can act on. */
    public ModelAndView errorPage(HttpServletRequest request, HttpStatusCode status, String reason) {
        return new ModelAndView(
                "errorPage", Map.of("page", page(request), "status", status.value(), "reason", reason), status);
    }
}
