package dev.skilltree.plan;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import dev.skilltree.progress.ProgressService;
import dev.skilltree.progress.Status;
import dev.skilltree.support.ApiSlice;
import dev.skilltree.support.ApiSliceRequests;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.SignedIn;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * The plan API's controller and error mapping, in a web slice over a real H2 database holding the built-in roadmap:
 * plans made, read, re-planned with history, exported, and refused with the field named. Who may call it, and the
 * progress API moving a plan's figures, are PlanApiTest's, against the whole application.
 */
@ApiSlice(PlanApiController.class)
@Import(PlanWiring.class)
class PlanApiControllerTest extends ApiSliceRequests {

    private static final String PLANS = "/api/v1/me/plans";

    @Autowired
    ProgressService progress;

    @Autowired
    MovableClock clock;

    @Test
    void makesAPlanWeekByWeekAndReadsItBack() {
        long learner = database.user("planner");

        MvcTestResult made = post(learner, PLANS, Map.of("roadmap", "python-advanced", "hoursPerWeek", 12));
        JsonNode plan = json(made);
        JsonNode again = json(get(learner, PLANS + "/" + plan.get("id").asLong()));

        assertThat(made)
                .hasStatus(201)
                .hasHeader("Location", PLANS + "/" + plan.get("id").asLong());
        assertThat(plan.get("start").asString()).isEqualTo(today().toString());
        assertThat(LocalDate.parse(plan.get("weeks").get(0).get("monday").asString())
                        .getDayOfWeek())
                .isEqualTo(DayOfWeek.MONDAY);
        assertThat(plan.get("weeks").get(0).get("items").get(0).get("hours").asDouble())
                .isPositive();
        assertThat(plan.get("items").size()).isGreaterThan(300);
        assertThat(plan.get("milestones").findValuesAsString("node"))
                .as("the stage tests and practice projects, after their prerequisites")
                .isNotEmpty();
        assertThat(plan.get("version").asInt()).isEqualTo(1);
        assertThat(plan.get("versions")).hasSize(1);
        assertThat(plan.get("settings").get("hoursPerWeek").asDouble()).isEqualTo(12);
        assertThat(plan.get("figures").get("today").asString()).isEqualTo(today().toString());
        assertThat(plan.get("figures").get("slipHours").asDouble()).isZero();
        assertThat(again.get("projectedFinish")).isEqualTo(plan.get("projectedFinish"));
        assertThat(again.get("items")).isEqualTo(plan.get("items"));
    }

    @Test
    void theCalendarKeepsEachBlocksUidAndCountsItsChangesOnAReplan() {
        long learner = database.user("calendar");
        long id = json(post(learner, PLANS, backend(8))).get("id").asLong();
        Map<String, VEvent> before = events(learner, id);
        String firstTopic = json(get(learner, PLANS + "/" + id))
                .get("items")
                .get(0)
                .get("node")
                .asString();

        progress.set(learner, "python-advanced", firstTopic, Status.DONE);
        clock.advance(Duration.ofDays(7));
        JsonNode replanned = json(post(learner, PLANS + "/" + id + "/replan", Map.of()));
        Map<String, VEvent> after = events(learner, id);

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
        assertThat(one.getUrl().getValue())
                .as("the link points to the topic on the host the calendar was fetched from")
                .startsWith("http://plans.example:8443/roadmaps/python-advanced/nodes/");
        assertThat(one.getSummary().getValue()).isNotBlank();
    }

    @Test
    void exportsThePlanAsMarkdownInTheLanguageAsked() {
        long learner = database.user("writer");
        long id = json(post(learner, PLANS, backend(8))).get("id").asLong();

        MvcTestResult english = get(learner, PLANS + "/" + id + ".md");
        MvcTestResult chinese = get(learner, PLANS + "/" + id + ".md?lang=zh");

        assertThat(english).hasStatusOk().hasContentTypeCompatibleWith("text/markdown");
        assertThat(body(english))
                .startsWith("# Advanced Python\n")
                .contains("\n## Week of " + today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        assertThat(body(chinese)).startsWith("# Python 高级进阶路线\n").doesNotContain("Advanced Python");
    }

    @Test
    void refusesBadSettingsNamingTheField() {
        long learner = database.user("careless-planner");

        assertThat(refused(learner, backend(0))).isEqualTo("hoursPerWeek");
        assertThat(refused(learner, backend(200))).isEqualTo("hoursPerWeek");
        assertThat(refused(learner, with(backend(8), "target", "2026-01-01"))).isEqualTo("start");
        assertThat(refused(learner, with(backend(8), "goals", List.of("no-such-topic"))))
                .isEqualTo("goals");
        assertThat(refused(learner, with(backend(8), "tracks", List.of("no-such-track"))))
                .isEqualTo("tracks");
        assertThat(refused(learner, with(backend(8), "pace", 3.0))).isEqualTo("pace");
        assertThat(refused(learner, Map.of("roadmap", "python-advanced"))).isEqualTo("hoursPerWeek");
        assertThat(refused(learner, with(backend(8), "roadmap", "no-such-roadmap")))
                .isEqualTo("roadmap");
        assertThat(refused(learner, with(backend(8), "hoursPerDay", Map.of("funday", 1))))
                .isEqualTo("hoursPerDay.funday");
        Map<String, Object> noHours = new HashMap<>();
        noHours.put("mon", null);
        assertThat(refused(learner, with(backend(8), "hoursPerDay", noHours))).isEqualTo("hoursPerDay.mon");
        assertThat(refused(learner, with(backend(0.01), "goals", List.of()))).isEqualTo("hoursPerWeek");
    }

    @Test
    void aPlanThatDoesNotExistIsNotFound() {
        MvcTestResult missing = get(database.user("lost"), PLANS + "/999999");

        assertThat(missing).hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(missing).get("detail").asString()).contains("999999");
    }

    @Test
    void aReplanTakesTheFieldsGivenKeepsTheRestAndRefusesAPassedTarget() {
        long learner = database.user("changer");
        long id = json(post(
                        learner,
                        PLANS,
                        with(backend(8), "target", today().plusDays(200).toString())))
                .get("id")
                .asLong();

        JsonNode faster = json(post(learner, PLANS + "/" + id + "/replan", Map.of("hoursPerWeek", 16)));
        MvcTestResult otherRoadmap = post(learner, PLANS + "/" + id + "/replan", Map.of("roadmap", "another"));
        clock.advance(Duration.ofDays(240));
        MvcTestResult late = post(learner, PLANS + "/" + id + "/replan", Map.of());
        JsonNode retargeted = json(post(
                learner,
                PLANS + "/" + id + "/replan",
                Map.of("target", today().plusYears(3).toString())));

        assertThat(faster.get("version").asInt()).isEqualTo(2);
        assertThat(faster.get("settings").get("hoursPerWeek").asDouble()).isEqualTo(16);
        assertThat(faster.get("settings").get("tracks").get(0).asString()).isEqualTo("backend");
        assertThat(otherRoadmap).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(otherRoadmap).get("field").asString()).isEqualTo("roadmap");
        assertThat(late).hasStatus(422);
        assertThat(json(late).get("field").asString()).isEqualTo("target");
        assertThat(retargeted.get("version").asInt()).isEqualTo(3);
        assertThat(retargeted.get("start").asString()).isEqualTo(today().toString());
    }

    @Test
    void aReplanWithoutABodyKeepsEverySetting() {
        long learner = database.user("keeper");
        long id = json(post(learner, PLANS, backend(8))).get("id").asLong();

        MvcTestResult replanned = mvc.post()
                .uri(PLANS + "/" + id + "/replan")
                .with(SignedIn.learner(learner))
                .exchange();

        assertThat(replanned).hasStatusOk();
        assertThat(json(replanned).get("version").asInt()).isEqualTo(2);
        assertThat(json(replanned).get("settings").get("hoursPerWeek").asDouble())
                .isEqualTo(8);
    }

    @Test
    void hoursPerWeekdayPutStudyOnlyOnThoseDays() {
        long learner = database.user("weekender");

        JsonNode plan = json(post(learner, PLANS, with(backend(8), "hoursPerDay", Map.of("saturday", 4, "sun", 2))));

        assertThat(plan.get("settings").get("hoursPerDay").propertyNames()).containsExactlyInAnyOrder("sat", "sun");
        assertThat(plan.get("items")).allSatisfy(item -> {
            assertThat(LocalDate.parse(item.get("start").asString()).getDayOfWeek())
                    .isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(LocalDate.parse(item.get("end").asString()).getDayOfWeek())
                    .isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        });
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
    }

    private String refused(long learner, Map<String, Object> settings) {
        MvcTestResult response = post(learner, PLANS, settings);
        assertThat(response).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return json(response).get("field").asString();
    }

    private Map<String, VEvent> events(long learner, long id) {
        MvcTestResult ics = mvc.get()
                .uri("http://plans.example:8443" + PLANS + "/" + id + ".ics")
                .with(SignedIn.learner(learner))
                .exchange();
        assertThat(ics).hasStatusOk().hasContentTypeCompatibleWith("text/calendar");
        assertThat(ics).hasHeader("Content-Disposition", "attachment; filename=\"plan-" + id + ".ics\"");
        Map<String, VEvent> events = new HashMap<>();
        Biweekly.parse(body(ics))
                .first()
                .getEvents()
                .forEach(e -> events.put(e.getUid().getValue(), e));
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
