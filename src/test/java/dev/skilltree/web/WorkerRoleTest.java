package dev.skilltree.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.Api;
import dev.skilltree.support.RequiresSystemPackage;
import dev.skilltree.support.WholeApp;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A worker node over real HTTP: its probes answer, and nothing a learner would ask for is served there. */
@RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
@TestPropertySource(properties = "skilltree.role=worker")
class WorkerRoleTest extends WholeApp {

    @Test
    void answersItsProbesAndNotFoundForTheApiAndThePages() {
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
