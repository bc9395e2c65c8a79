package dev.skilltree.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's report of an error it answers itself, before the application sees the request (a malformed path, a
 * request line too long): problem+json for the API, Tomcat's page (without server details) for the rest.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !isApi(request)) {
            super.report(request, response, throwable);
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + (status == 400 ? "Bad Request" : "Error")
                        + "\",\"status\":" + status + ",\"detail\":\"" + detail(status) + "\"}");
            }
        } catch (IOException | IllegalStateException e) {
            // The response can no longer be written; the status alone goes out.
        }
    }

    private static boolean isApi(Request request) {
        String uri = request.getCoyoteRequest().requestURI().toString();
        return uri != null && uri.startsWith("/api/");
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 ->
                "The request could not be read: its path holds a malformed escape or a character that is not"
                        + " allowed, or its line or headers are too long.";
            case 413 -> "The body is larger than this endpoint accepts.";
            case 414, 431 -> "The request line or headers are too long.";
            default -> "The request could not be handled.";
        };
    }
}
