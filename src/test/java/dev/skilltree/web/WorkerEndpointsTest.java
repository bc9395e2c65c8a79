package dev.skilltree.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A worker node's HTTP: its probes and metrics go on, everything else is a plain 404 problem. */
class WorkerEndpointsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WorkerEndpoints filter = new WorkerEndpoints(new ProblemResponses(JSON));

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/readiness", "/actuator/prometheus"})
    void theOperatorsProbesAndMetricsGoOn(String path) throws Exception {
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(new MockHttpServletRequest("GET", path), new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).as("passed on").isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/dashboard", "/api/v1/roadmaps", "/actuator/env", "/actuator/healthz", "/actuator"})
    void everyOtherPathIsNotFoundHere(String path) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("GET", path), response, chain);

        assertThat(chain.getRequest()).as("not passed on").isNull();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertThat(problem.get("detail").asString())
                .isEqualTo("This is a grading worker: it serves only /actuator/health and /actuator/prometheus.");
    }
}
