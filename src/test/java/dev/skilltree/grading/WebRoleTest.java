package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skilltree.grading.job.GradingNode;
import dev.skilltree.grading.job.GradingNodes;
import dev.skilltree.grading.job.SchedulerQueue;
import dev.skilltree.support.Api;
import dev.skilltree.support.WholeApp;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A web node over real HTTP: it takes a submission into the queue (the database) and leaves it there for the
 * workers, and its readiness says it grades nothing by its role.
 */
@TestPropertySource(properties = "skilltree.role=web")
class WebRoleTest extends WholeApp.WithAdmin {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GradingNodes nodes;

    @AfterEach
    void forgetTheWorkers() {
        jdbc.sql("delete from grading_node").update();
    }

    @Test
    void queuesASubmissionForTheWorkersAndGradesNothingItself() {
        String learner = api.tokenFor("learner");

        HttpResponse<String> accepted = api.submit(
                learner,
                "closure-counter",
                BuiltInChallenges.get("closure-counter").reference());
        String location = Api.location(accepted);
        String id = location.substring(location.lastIndexOf('/') + 1);

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(Api.read(accepted).get("notice").asString())
                .as("no worker has sent a heartbeat yet")
                .startsWith("No node grades submissions right now");
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(4))
                .until(() -> Api.read(api.get(location, learner)).get("status").asString(), "queued"::equals);
        assertThat(jdbc.sql("select picked from scheduled_tasks where task_name = ? and task_instance = ?")
                        .params(SchedulerQueue.TASK, id)
                        .query(Boolean.class)
                        .single())
                .as("the grading task waits, unpicked, in the queue")
                .isFalse();
        JsonNode grading = Api.read(api.get("/actuator/health/readiness", admin))
                .path("components")
                .path("grading")
                .path("details");
        assertThat(grading.path("grades").asBoolean()).isFalse();
        assertThat(grading.path("reason").asString()).isEqualTo("this node does not grade: its role is web");
    }

    @Test
    void countsOnAWorkerWhoseHeartbeatIsAlive() {
        String learner = api.tokenFor("counting");
        Instant now = Instant.now();
        nodes.beat(new GradingNode("worker-host-42", "worker", "bubblewrap", "3.11.2", 2, 0, now, now));

        HttpResponse<String> accepted = api.submit(
                learner,
                "closure-counter",
                BuiltInChallenges.get("closure-counter").reference());

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(Api.read(accepted).get("notice").isNull())
                .as("a live worker grades it")
                .isTrue();
    }
}
