package dev.skilltree.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.config.Transactions;
import dev.skilltree.progress.ProgressService;
import dev.skilltree.roadmap.BuiltInRoadmaps;
import dev.skilltree.roadmap.RoadmapService;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.SignedIn;
import dev.skilltree.support.TestDatabase;
import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan page and the dashboard's This week card, in a web slice rendering the real templates over a real H2
 * database holding the built-in roadmap: the form, a plan made or re-planned from it, and a form it cannot read.
 */
@WebMvcTest(PlanPages.class)
@AutoConfigureMockMvc(addFilters = false)
@ImportAutoConfiguration(JteAutoConfiguration.class)
@Import(SignedIn.Principals.class)
class PlanPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestDatabase database;

    @Autowired
    PlanService plans;

    @TestConfiguration
    static class RealPlans {

        @Bean(destroyMethod = "close")
        TestDatabase database() throws IOException {
            return TestDatabase.open(Files.createTempDirectory("plan-pages"));
        }

        @Bean
        MovableClock movableClock() {
            return new MovableClock(Instant.parse("2026-03-02T08:00:00Z"));
        }

        @Bean
        RoadmapService roadmaps(TestDatabase database, MovableClock clock) {
            RoadmapService roadmaps = new Transactions(database.dataSource())
                    .around(RoadmapService.of(database.jdbc(), new JdbcTemplate(database.dataSource()), clock));
            roadmaps.install(BuiltInRoadmaps.load(BuiltInRoadmaps.PYTHON_ADVANCED));
            return roadmaps;
        }

        @Bean
        PlanService plans(TestDatabase database, RoadmapService roadmaps, MovableClock clock, JsonMapper json) {
            ProgressService progress = ProgressService.of(database.jdbc(), roadmaps, event -> {}, clock);
            return new Transactions(database.dataSource())
                    .around(new PlanService(new PlanRepository(database.jdbc()), roadmaps, progress, clock, json));
        }
    }

    @Test
    void withoutAPlanOffersTheFormForTheBuiltInRoadmap() {
        long learner = database.user("newcomer");

        MvcTestResult page = get(learner, "/plan");

        assertThat(page).hasStatusOk();
        assertThat(html(page))
                .contains("<input type=\"hidden\" name=\"roadmap\" value=\"python-advanced\">")
                .contains("id=\"hours-per-week\" name=\"hoursPerWeek\"", "value=\"8\"", "id=\"plan-submit\"")
                .contains("name=\"track\" value=\"backend\"")
                .doesNotContain("id=\"plan-finish\"", "name=\"plan\"");
    }

    @Test
    void theFormMakesAPlanThatThePageThenShowsWeekByWeek() {
        long learner = database.user("former");

        MvcTestResult made = post(learner, "/plan", Map.of("hoursPerWeek", "8", "track", "backend"));
        PlanView plan = plans.active(learner).orElseThrow();
        String page = html(get(learner, "/plan"));

        assertThat(made).hasStatus3xxRedirection().hasRedirectedUrl("/plan");
        assertThat(plan.settings().hoursPerWeek()).isEqualTo(8.0);
        assertThat(plan.settings().tracks()).containsExactly("backend");
        assertThat(page)
                .contains("<p class=\"big-number\" id=\"plan-finish\">"
                        + plan.plan().projectedFinish() + "</p>")
                .contains("<input type=\"hidden\" name=\"plan\" value=\"" + plan.id() + "\">")
                .contains("<form method=\"post\" action=\"/plan/" + plan.id() + "/replan\"")
                .contains("href=\"/api/v1/me/plans/" + plan.id() + ".ics?lang=en\"")
                .contains("<svg")
                .contains("href=\"/roadmaps/python-advanced/nodes/"
                        + plan.plan().items().getFirst().topicId() + "\"")
                .contains("name=\"track\" value=\"backend\" checked");
    }

    @Test
    void hoursPerWeekdayFromTheFormStudyOnlyOnThoseDays() {
        long learner = database.user("weekender");

        post(
                learner,
                "/plan",
                Map.of("track", "backend", "hoursPerWeek", "", "day-mon", "2", "day-sat", " 4 ", "pace", "0.5"));
        PlanView plan = plans.active(learner).orElseThrow();

        assertThat(plan.settings().hoursPerWeek()).isNull();
        assertThat(plan.settings().hoursPerDay()).isEqualTo(Map.of("mon", 2.0, "sat", 4.0));
        assertThat(plan.settings().pace()).isEqualTo(0.5);
        assertThat(plan.plan().blocks())
                .extracting(b -> b.date().getDayOfWeek().name())
                .containsOnly("MONDAY", "SATURDAY");
    }

    @Test
    void aFormItCannotReadMakesNoPlanAndSaysWhichField() {
        long learner = database.user("careless");

        MvcTestResult hours = post(learner, "/plan", Map.of("hoursPerWeek", "lots"));
        MvcTestResult start = post(learner, "/plan", Map.of("hoursPerWeek", "8", "start", "2026-13-01"));
        MvcTestResult pace = post(learner, "/plan", Map.of("hoursPerWeek", "8", "pace", "9"));
        String shown = html(mvc.get()
                .uri("/plan")
                .with(SignedIn.learner(learner))
                .flashAttr("error", "pace: must be between 0.5 and 2.0, was 9.0")
                .exchange());

        assertThat(hours).hasRedirectedUrl("/plan");
        assertThat(hours).flash().containsEntry("error", "hoursPerWeek: 'lots' is not a number");
        assertThat(start).flash().containsEntry("error", "start: '2026-13-01' is not a date like 2026-12-25");
        assertThat(pace).flash().containsEntry("error", "pace: must be between 0.5 and 2.0, was 9.0");
        assertThat(plans.active(learner)).isEmpty();
        assertThat(shown)
                .contains("<p class=\"alert\" role=\"alert\" id=\"plan-error\">"
                        + "pace: must be between 0.5 and 2.0, was 9.0</p>");
    }

    @Test
    void theReplanButtonMakesANewVersionOfTheLearnersOwnPlanOnly() {
        long learner = database.user("replanner");
        long other = database.user("intruder");
        long id = plans.create(
                        learner, new PlanSettings("python-advanced", null, null, 8.0, null, null, null, null, null))
                .id();

        MvcTestResult replanned = post(learner, "/plan/" + id + "/replan", Map.of());
        MvcTestResult someoneElses = post(other, "/plan/" + id + "/replan", Map.of());

        assertThat(replanned).hasRedirectedUrl("/plan");
        assertThat(plans.get(learner, id).version()).isEqualTo(2);
        assertThat(html(get(learner, "/plan"))).contains("Version 2");
        assertThat(someoneElses).hasStatus(404);
        assertThat(html(someoneElses)).contains("<title>Error 404 · skilltree</title>");
    }

    @Test
    void theThisWeekCardShowsTheWeeksTopicsOrOffersAPlan() {
        long learner = database.user("weekly");
        String none = html(get(learner, "/plan/this-week"));
        PlanView plan = plans.create(
                learner, new PlanSettings("python-advanced", null, null, 8.0, null, null, null, null, null));

        String card = html(get(learner, "/plan/this-week"));

        assertThat(none)
                .contains("id=\"this-week\"", "No plan yet.", "href=\"/plan\"")
                .doesNotContain("<html");
        String first = plan.thisWeek().orElseThrow().entries().getFirst().topicId();
        assertThat(card)
                .contains("id=\"this-week-hours\"", "0 h done")
                .contains("href=\"/roadmaps/python-advanced/nodes/" + first + "\"");
    }

    private MvcTestResult get(long learner, String path) {
        return mvc.get().uri(path).with(SignedIn.learner(learner)).exchange();
    }

    private MvcTestResult post(long learner, String path, Map<String, String> form) {
        var request = mvc.post().uri(path).with(SignedIn.learner(learner));
        form.forEach((name, value) -> request.param(name, value));
        return request.exchange();
    }

    private static String html(MvcTestResult response) {
        try {
            return response.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }
}
