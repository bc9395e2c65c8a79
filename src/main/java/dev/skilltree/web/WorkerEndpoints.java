package dev.skilltree.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On a worker node, HTTP is for the operator's probes and metrics only: {@code /actuator/health/**} and {@code
 * /actuator/prometheus} go on; every other path is not found here (404 problem+json), pages and API alike, so a
 * load balancer that sends a learner to a worker gets a plain answer rather than a page with no one behind it.
 */
final class WorkerEndpoints extends OncePerRequestFilter {

    private final ProblemResponses problems;

    WorkerEndpoints(ProblemResponses problems) {
        this.problems = problems;
    }

    static boolean served(String path) {
        return path.equals("/actuator/health")
                || path.startsWith("/actuator/health/")
                || path.equals("/actuator/prometheus");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (served(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        problems.write(
                response,
                404,
                "Not found",
                "This is a grading worker: it serves only /actuator/health and /actuator/prometheus.");
    }
}
