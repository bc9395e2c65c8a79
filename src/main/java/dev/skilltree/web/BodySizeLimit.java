package dev.skilltree.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies over their limit with 413 before anything reads them: 8 MB for roadmap, challenge and file
 * uploads (whose own checks then apply), 1 MB for everything else. A body sent in chunks, without a length, is
 * read here up to the limit; multipart uploads are bounded by the servlet container's own limit.
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
            refuse(request, response, "The request body is " + length + " bytes", limit);
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null && !isMultipart(request)) {
            // Sent in chunks, without a length: read up to the limit here, so nothing behind reads more.
            byte[] body = request.getInputStream().readNBytes((int) limit + 1);
            if (body.length > limit) {
                refuse(request, response, "The request body is over " + limit + " bytes", limit);
                return;
            }
            chain.doFilter(new ReadBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String what, long limit)
            throws IOException {
        String detail = what + "; this endpoint accepts at most " + limit + ".";
        if (request.getRequestURI().startsWith("/api/")) {
            problems.write(response, 413, "Request too large", detail);
        } else {
            response.setStatus(413);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(detail);
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.startsWith("multipart/");
    }

    /** A request whose body has already been read, within the limit. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has already been read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(
                    getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    private static boolean isUpload(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.equals("/api/v1/roadmaps") || uri.equals("/api/v1/challenges") || isMultipart(request);
    }
}
