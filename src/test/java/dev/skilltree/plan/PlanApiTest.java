package dev.skilltree.plan;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import dev.skilltree.support.Api;
import dev.skilltree.support.FreshData;
import dev.skilltree.support.MovableClock;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Plans over real HTTP: made, read, re-planned with history, exported to a calendar, and refused with the field. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableClock.InServer.class)
class PlanApiTest {

    private static final String PLANS = "/api/v1/me/plans";

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    Api api;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        FreshData.directory(registry);
    }

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void makesAPlanWeekByWeekAndReadsItBack() {
        String token = api.tokenFor("planner");

        HttpResponse<String> made =
                api.json("POST", PLANS, token, Map.of("roadmap", "python-advanced", "hoursPerWeek", 12));
        JsonNode plan = Api.read(made);
        JsonNode again = Api.read(api.get(PLANS + "/" + plan.get("id").asLong(), token));

        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertThat(made.headers().firstValue("Location"))
                .hasValue(PLANS + "/" + plan.get("id").asLong());
        assertThat(plan.get("start").asString()).isEqualTo(today().toString());
        assertThat(LocalDate.parse(plan.get("weeks").get(0).get("monday").asString())
                        .getDayOfWeek())
                .isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(plan.get("weeks").get(0).get("items").get(0).get("hours").asDouble())
                .isPositive();
        assertThat(plan.get("items").size()).isGreaterThan(300);
        assertThat(plan.get("milestones").findValuesAsString("node"))
                .as("the stage tests and practice projects, after their prerequisites")
                .isNotEmpty();
        assertThat(plan.get("version").asInt()).isEqualTo(1);
        assertThat(plan.get("figures").get("slipHours").asDouble()).isZero();
        assertThat(again.get("projectedFinish")).isEqualTo(plan.get("projectedFinish"));
        assertThat(again.get("items")).isEqualTo(plan.get("items"));
    }

    @Test
    void theCalendarKeepsEachBlocksUidAndCountsItsChangesOnAReplan() {
        String token = api.tokenFor("calendar");
        long id = Api.read(api.json("POST", PLANS, token, backend(8))).get("id").asLong();
        Map<String, VEvent> before = events(token, id);
        String firstTopic = Api.read(api.get(PLANS + "/" + id, token))
                .get("items")
                .get(0)
                .get("node")
                .asString();

        api.json("PUT", "/api/v1/me/progress/python-advanced/" + firstTopic, token, Map.of("status", "done"));
        clock.advance(Duration.ofDays(7));
        JsonNode replanned = Api.read(api.json("POST", PLANS + "/" + id + "/replan", token, Map.of()));
        Map<String, VEvent> after = events(token, id);

        assertThat(replanned.get("version").asInt()).isEqualTo(2);
        assertThat(replanned.get("versions")).hasSize(2);
        assertThat(replanned.get("start").asString()).isEqualTo(today().toString());
        assertThat(replanned.get("items").findValuesAsString("node")).doesNotContain(firstTopic);
        assertThat(before.values())
                .allSatisfy(e -> assertThat(e.getSequence().getValue()).isZero());
        assertThat(after.keySet())
                .as("the blocks of topics still planned keep their UIDs")
                .containsAnyElementsOf(before.keySet());
        assertThat(after.values())
                .as("a block moved by the re-plan goes up a SEQUENCE")
                .anySatisfy(e -> assertThat(e.getSequence().getValue()).isEqualTo(1));
        assertThat(after.keySet()).allSatisfy(uid -> assertThat(uid).startsWith("plan-" + id + "-"));
        VEvent one = after.values().iterator().next();
        assertThat(one.getUrl().getValue()).startsWith("http://localhost:" + port + "/roadmaps/python-advanced/nodes/");
        assertThat(one.getSummary().getValue()).isNotBlank();
    }

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
    void refusesBadSettingsNamingTheField() {
        String token = api.tokenFor("careless-planner");

        assertThat(refused(token, backend(0))).isEqualTo("hoursPerWeek");
        assertThat(refused(token, backend(200))).isEqualTo("hoursPerWeek");
        assertThat(refused(token, with(backend(8), "target", "2026-01-01"))).isEqualTo("start");
        assertThat(refused(token, with(backend(8), "goals", List.of("no-such-topic"))))
                .isEqualTo("goals");
        assertThat(refused(token, with(backend(8), "tracks", List.of("no-such-track"))))
                .isEqualTo("tracks");
        assertThat(refused(token, with(backend(8), "pace", 3.0))).isEqualTo("pace");
        assertThat(refused(token, Map.of("roadmap", "python-advanced"))).isEqualTo("hoursPerWeek");
        assertThat(refused(token, with(backend(8), "roadmap", "no-such-roadmap")))
                .isEqualTo("roadmap");
        assertThat(refused(token, with(backend(8), "hoursPerDay", Map.of("funday", 1))))
                .isEqualTo("hoursPerDay.funday");
        Map<String, Object> noHours = new HashMap<>();
        noHours.put("mon", null);
        assertThat(refused(token, with(backend(8), "hoursPerDay", noHours))).isEqualTo("hoursPerDay.mon");
        assertThat(refused(token, with(backend(0.01), "goals", List.of()))).isEqualTo("hoursPerWeek");
        assertThat(api.get(PLANS + "/999999", token).statusCode()).isEqualTo(404);
    }

    @Test
    void aReplanTakesTheFieldsGivenKeepsTheRestAndRefusesAPassedTarget() {
        String token = api.tokenFor("changer");
        long id = Api.read(api.json(
                        "POST",
                        PLANS,
                        token,
                        with(backend(8), "target", today().plusDays(200).toString())))
                .get("id")
                .asLong();

        JsonNode faster = Api.read(api.json("POST", PLANS + "/" + id + "/replan", token, Map.of("hoursPerWeek", 16)));
        HttpResponse<String> otherRoadmap =
                api.json("POST", PLANS + "/" + id + "/replan", token, Map.of("roadmap", "another"));
        clock.advance(Duration.ofDays(240));
        HttpResponse<String> late = api.json("POST", PLANS + "/" + id + "/replan", token, Map.of());
        JsonNode retargeted = Api.read(api.json(
                "POST",
                PLANS + "/" + id + "/replan",
                token,
                Map.of("target", today().plusYears(3).toString())));

        assertThat(faster.get("version").asInt()).isEqualTo(2);
        assertThat(faster.get("settings").get("hoursPerWeek").asDouble()).isEqualTo(16);
        assertThat(faster.get("settings").get("tracks").get(0).asString()).isEqualTo("backend");
        assertThat(otherRoadmap.statusCode()).isEqualTo(422);
        assertThat(Api.read(otherRoadmap).get("field").asString()).isEqualTo("roadmap");
        assertThat(late.statusCode()).isEqualTo(422);
        assertThat(Api.read(late).get("field").asString()).isEqualTo("target");
        assertThat(retargeted.get("version").asInt()).isEqualTo(3);
        assertThat(retargeted.get("start").asString()).isEqualTo(today().toString());
    }

    @Test
    void hoursPerWeekdayPutStudyOnlyOnThoseDays() {
        String token = api.tokenFor("weekender");

        JsonNode plan = Api.read(
                api.json("POST", PLANS, token, with(backend(8), "hoursPerDay", Map.of("saturday", 4, "sun", 2))));

        assertThat(plan.get("settings").get("hoursPerDay").propertyNames()).containsExactlyInAnyOrder("sat", "sun");
        assertThat(plan.get("items")).allSatisfy(item -> {
            assertThat(LocalDate.parse(item.get("start").asString())
                            .getDayOfWeek()
                            .getValue())
                    .isGreaterThan(5);
            assertThat(LocalDate.parse(item.get("end").asString())
                            .getDayOfWeek()
                            .getValue())
                    .isGreaterThan(5);
        });
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

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneId.systemDefault());
    }

    private String refused(String token, Map<String, Object> settings) {
        HttpResponse<String> response = api.json("POST", PLANS, token, settings);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        return Api.read(response).get("field").asString();
    }

    private Map<String, VEvent> events(String token, long id) {
        HttpResponse<String> ics = api.get(PLANS + "/" + id + ".ics", token);
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        ICalendar calendar = Biweekly.parse(ics.body()).first();
        Map<String, VEvent> events = new HashMap<>();
        calendar.getEvents().forEach(e -> events.put(e.getUid().getValue(), e));
        return events;
    }

    private static Map<String, Object> backend(double hours) {
        return Map.of("roadmap", "python-advanced", "tracks", List.of("backend"), "hoursPerWeek", hours);
    }

    private static Map<String, Object> with(Map<String, Object> settings, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(settings);
        copy.put(key, value);
        return copy;
    }
}
