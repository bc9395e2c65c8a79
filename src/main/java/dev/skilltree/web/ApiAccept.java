package dev.skilltree.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the API answer in its own types whatever a client's Accept lists: {@code *}{@code /*} is added at the lowest
 * weight. Without it a request that asks only for text/html is carried out and then answered 406, which reads as
 * "not done" although the write happened.
 */
final class ApiAccept extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.contains("*/*")) {
            chain.doFilter(request, response);
            return;
        }
        String widened = accept + ", */*;q=0.01";
        chain.doFilter(
                new HttpServletRequestWrapper(request) {
                    @Override
                    public String getHeader(String name) {
                        return "Accept".equalsIgnoreCase(name) ? widened : super.getHeader(name);
                    }

                    @Override
                    public Enumeration<String> getHeaders(String name) {
                        return "Accept".equalsIgnoreCase(name)
                                ? Collections.enumeration(java.util.List.of(widened))
                                : super.getHeaders(name);
                    }
                },
                response);
    }
}
