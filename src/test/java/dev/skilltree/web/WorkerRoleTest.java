package dev.skilltree.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.Api;
import dev.skilltree.support.FreshData;
import dev.skilltree.support.RequiresSystemPackage;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A worker node over real HTTP: its probes answer, and nothing a learner would ask for is served there. */
@RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "skilltree.role=worker")
class WorkerRoleTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        FreshData.directory(registry);
    }

    @Test
    void answersItsProbesAndNotFoundForTheApiAndThePages() {
        Api api = new Api(port);

        HttpResponse<String> readiness = api.get("/actuator/health/readiness", null);
        HttpResponse<String> liveness = api.get("/actuator/health/liveness", null);
        HttpResponse<String> roadmaps = api.get("/api/v1/roadmaps", null);
        HttpResponse<String> register = api.register("someone", "correct horse battery staple");
        HttpResponse<String> page = api.get("/challenges", null);

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(Api.read(readiness).get("status").asString()).isEqualTo("UP");
        assertThat(liveness.statusCode()).isEqualTo(200);
        for (HttpResponse<String> refused : java.util.List.of(roadmaps, register, page)) {
            assertThat(refused.statusCode()).as(refused.uri().toString()).isEqualTo(404);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(Api.read(refused).get("detail").asString())
                    .isEqualTo("This is a grading worker: it serves only /actuator/health and /actuator/prometheus.");
        }
    }
}
