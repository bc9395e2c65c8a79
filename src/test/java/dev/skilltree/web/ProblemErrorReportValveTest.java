package dev.skilltree.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Tomcat itself answers, before any application code runs, on a real embedded Tomcat with this valve as its
 * error report: problem+json under /api/, Tomcat's page without its version elsewhere.
 */
class ProblemErrorReportValveTest {

    @TempDir
    static Path base;

    private static Tomcat tomcat;
    private static int port;

    @BeforeAll
    static void start() throws LifecycleException {
        tomcat = new Tomcat();
        tomcat.setBaseDir(base.toString());
        tomcat.setPort(0);
        ((StandardHost) tomcat.getHost()).setErrorReportValveClass(ProblemErrorReportValve.class.getName());
        Context context = tomcat.addContext("", base.toString());
        Tomcat.addServlet(context, "status", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.sendError(Integer.parseInt(request.getParameter("status")));
            }
        });
        context.addServletMappingDecoded("/*", "status");
        tomcat.getConnector();
        tomcat.start();
        port = tomcat.getConnector().getLocalPort();
    }

    @AfterAll
    static void stop() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
    }

    @Test
    void aMalformedApiPathIsABadRequestProblemThatSaysWhy() throws IOException {
        String answer = get("/api/v1/roadmaps/%zz");

        assertThat(status(answer)).isEqualTo(400);
        assertThat(header(answer, "Content-Type")).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(body(answer));
        assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString())
                .startsWith("The request could not be read: its path holds a malformed escape");
    }

    @Test
    void aMalformedPagePathGetsTomcatsPageWithoutItsVersion() throws IOException {
        String answer = get("/roadmaps/%zz");

        assertThat(status(answer)).isEqualTo(400);
        assertThat(header(answer, "Content-Type")).startsWith("text/html");
        assertThat(body(answer)).doesNotContain("Apache Tomcat/", "Exception");
    }

    @Test
    void eachStatusTomcatAnswersForTheApiSaysWhatItMeans() throws IOException {
        assertThat(detail("/api/x?status=413")).isEqualTo("The body is larger than this endpoint accepts.");
        assertThat(detail("/api/x?status=414")).isEqualTo("The request line or headers are too long.");
        assertThat(detail("/api/x?status=431")).isEqualTo("The request line or headers are too long.");
        assertThat(detail("/api/x?status=503")).isEqualTo("The request could not be handled.");
    }

    private static String detail(String path) throws IOException {
        String answer = get(path);
        assertThat(header(answer, "Content-Type")).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(body(answer));
        assertThat(problem.get("status").asInt()).isEqualTo(status(answer));
        assertThat(problem.get("title").asString()).isEqualTo("Error");
        return problem.get("detail").asString();
    }

    /** The raw exchange: the path is sent as it is, as a careless client would, not as a URI class would fix it. */
    private static String get(String path) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int status(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }

    private static String header(String answer, String name) {
        return answer.substring(0, answer.indexOf("\r\n\r\n"))
                .lines()
                .filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(line -> line.substring(name.length() + 1).strip())
                .findFirst()
                .orElse("");
    }

    private static String body(String answer) {
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        if (!"chunked".equalsIgnoreCase(header(answer, "Transfer-Encoding"))) {
            return body;
        }
        StringBuilder joined = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                return joined.toString();
            }
            joined.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
