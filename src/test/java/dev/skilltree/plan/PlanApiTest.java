package dev.skilltree.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.Api;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.WholeApp;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Plans in the whole application: a status set through the progress API moves a plan's figures, and a learner's
 * plans are theirs alone. How the plan API makes, re-plans, exports and refuses plans is PlanApiControllerTest's.
 */
@Import(MovableClock.InServer.class)
class PlanApiTest extends WholeApp {

    private static final String PLANS = "/api/v1/me/plans";

    @Autowired
    MovableClock clock;

    @Test
    void aTopicMarkedDoneMovesTheFiguresWithoutARePlan() {
        String token = api.tokenFor("steady");
        JsonNode plan = Api.read(api.json("POST", PLANS, token, backend(8)));
        long id = plan.get("id").asLong();
        clock.advance(Duration.ofDays(3));
        JsonNode behind = Api.read(api.get(PLANS + "/" + id, token)).get("figures");

        api.json(
                "PUT",
                "/api/v1/me/progress/python-advanced/"
                        + plan.get("items").get(0).get("node").asString(),
                token,
                Map.of("status", "done"));
        JsonNode after = Api.read(api.get(PLANS + "/" + id, token)).get("figures");

        assertThat(behind.get("slipHours").asDouble()).isPositive();
        assertThat(after.get("doneHoursByToday").asDouble()).isPositive();
        assertThat(after.get("slipHours").asDouble())
                .isLessThan(behind.get("slipHours").asDouble());
        assertThat(Api.read(api.get(PLANS + "/" + id, token)).get("version").asInt())
                .isEqualTo(1);
    }

    @Test
    void aLearnerCannotReadAnothersPlan() {
        long id = Api.read(api.json("POST", PLANS, api.tokenFor("owner"), backend(8)))
                .get("id")
                .asLong();

        HttpResponse<String> other = api.get(PLANS + "/" + id, api.tokenFor("neighbour"));

        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private static Map<String, Object> backend(double hours) {
        return Map.of("roadmap", "python-advanced", "tracks", List.of("backend"), "hoursPerWeek", hours);
    }
}
