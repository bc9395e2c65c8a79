package dev.skilltree.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.PageSlice;
import dev.skilltree.support.PageSliceRequests;
import dev.skilltree.support.SignedIn;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The plan page and the dashboard's This week card, in a web slice rendering the real templates over a real H2
 * database holding the built-in roadmap: the form, a plan made or re-planned from it, and a form it cannot read.
 */
@PageSlice(PlanPages.class)
@Import(PlanWiring.class)
class PlanPagesTest extends PageSliceRequests {

    @Autowired
    PlanService plans;

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

        MvcTestResult made = post(learner, "/plan", Map.of("hoursPerWeek", "8", "track", "backend"), false);
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
                Map.of("track", "backend", "hoursPerWeek", "", "day-mon", "2", "day-sat", " 4 ", "pace", "0.5"),
                false);
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

        MvcTestResult hours = post(learner, "/plan", Map.of("hoursPerWeek", "lots"), false);
        MvcTestResult start = post(learner, "/plan", Map.of("hoursPerWeek", "8", "start", "2026-13-01"), false);
        MvcTestResult pace = post(learner, "/plan", Map.of("hoursPerWeek", "8", "pace", "9"), false);
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

        MvcTestResult replanned = post(learner, "/plan/" + id + "/replan", Map.of(), false);
        MvcTestResult someoneElses = post(other, "/plan/" + id + "/replan", Map.of(), false);

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
}
