package dev.skilltree.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies over their limit with 413 before anything reads them: 8 MB for roadmap and file
 * uploads (whose own checks then apply), 1 MB for everything else.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimit extends OncePerRequestFilter {

    static final long DEFAULT = 1024 * 1024;
    static final long UPLOADS = 8 * 1024 * 1024;

    private final ProblemResponses problems;

    BodySizeLimit(JsonMapper json) {
        this.problems = new ProblemResponses(json);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = isUpload(request) ? UPLOADS : DEFAULT;
        long length = request.getContentLengthLong();
        if (length > limit) {
            String detail = "The request body is " + length + " bytes; this endpoint accepts at most " + limit + ".";
            if (request.getRequestURI().startsWith("/api/")) {
                problems.write(response, 413, "Request too large", detail);
            } else {
                response.setStatus(413);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write(detail);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        String uri = request.getRequestURI();
        return uri.equals("/api/v1/roadmaps")
                || uri.equals("/api/v1/challenges")
                || (type != null && type.startsWith("multipart/"));
    }
}
