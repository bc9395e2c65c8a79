package dev.skilltree.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/** The web layer's own settings: Tomcat's answers, refused paths, error pages. */
class WebConfigurationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebConfiguration configuration = new WebConfiguration();

    @Test
    void tomcatPassesAnEncodedSlashOnAndAnswersAMalformedApiPathWithAProblem() throws IOException {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        configuration.problemsFromTomcat().customize(factory);
        WebServer server = factory.getWebServer(context -> context.addServlet("path", new HttpServlet() {
                    @Override
                    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                        response.getWriter().write("reached " + request.getRequestURI());
                    }
                })
                .addMapping("/*"));
        server.start();
        try {
            String slash = get(server.getPort(), "/api/v1/me/progress/a%2Fb");
            String malformed = get(server.getPort(), "/api/v1/me/progress/%zz");

            assertThat(slash).startsWith("HTTP/1.1 200").contains("reached /api/v1/me/progress/a%2Fb");
            assertThat(malformed)
                    .startsWith("HTTP/1.1 400")
                    .containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("\"detail\":\"The request could not be read");
        } finally {
            server.stop();
        }
    }

    @Test
    void aPathTheFirewallRefusesIsAProblemForTheApiAndA400ForPages() throws Exception {
        MockHttpServletResponse api = new MockHttpServletResponse();
        MockHttpServletResponse page = new MockHttpServletResponse();

        configuration
                .rejectedPaths(JSON)
                .handle(new MockHttpServletRequest("GET", "/api/v1/x/..%2f"), api, new RequestRejectedException("no"));
        configuration
                .rejectedPaths(JSON)
                .handle(new MockHttpServletRequest("GET", "/roadmaps/..%2f"), page, new RequestRejectedException("no"));

        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(JSON.readTree(api.getContentAsString()).get("title").asString())
                .isEqualTo("Bad path");
        assertThat(JSON.readTree(api.getContentAsString()).get("detail").asString())
                .isEqualTo("The path is refused: it holds an encoded slash, a dot segment or a character that is"
                        + " not allowed.");
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).isEmpty();
    }

    @Test
    void anErrorPageIsTheSitesOwnForTheStatus() {
        PageAdvice pages = new PageAdvice(new StaticMessageSource(), JSON);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/nope");

        ModelAndView page = configuration.errorPages(pages).resolveErrorView(request, HttpStatus.NOT_FOUND, Map.of());

        assertThat(page.getViewName()).isEqualTo("errorPage");
        assertThat(page.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getModel()).containsEntry("status", 404);
    }

    private static String get(int port, String path) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
