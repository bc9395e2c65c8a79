package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.grading.ChallengeService;
import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.NodeKind;
import dev.skilltree.roadmap.Resource;
import dev.skilltree.roadmap.ResourceKind;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.Text;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.PageSlice;
import dev.skilltree.support.PageSliceRequests;
import dev.skilltree.support.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The topic page, its graph panel and its status and note forms, in a web slice rendering the real templates over a
 * real H2 database holding the built-in challenges and a roadmap whose topic {@code closures} the challenge
 * closure-counter proves, and which {@code decorators} needs.
 */
@PageSlice(NodePages.class)
class NodePagesTest extends PageSliceRequests {

    private static final String CLOSURES = "/roadmaps/python/nodes/closures";

    @Autowired
    ProgressService progress;

    @TestConfiguration
    static class RealProgress {

        @Bean
        Roadmap roadmap() {
            return new Roadmap(
                    "python",
                    new Text("Python 路线", "Python roadmap"),
                    "zh",
                    Text.EMPTY,
                    1,
                    List.of(),
                    List.of(
                            ProgressFixtures.node("basics", NodeKind.STAGE, null, "基础", "Basics"),
                            new Node(
                                    "closures",
                                    NodeKind.TOPIC,
                                    "basics",
                                    new Text("闭包", "Closures"),
                                    new Text("函数记住**外层**变量", "A function keeps its **outer** names"),
                                    null,
                                    null,
                                    List.of(),
                                    List.of(),
                                    List.of(new Resource(ResourceKind.BOOK, "Fluent Python", null, null, "ch. 9"))),
                            ProgressFixtures.node(
                                    "decorators",
                                    NodeKind.TOPIC,
                                    "basics",
                                    "装饰器",
                                    "Decorators",
                                    List.of(),
                                    List.of("closures"))));
        }

        @Bean
        EvidenceService evidence(TestDatabase database, MovableClock clock) {
            ChallengeService challenges = ChallengeService.of(database.jdbc(), clock);
            challenges.installBuiltIns();
            return new EvidenceService(new EvidenceRepository(database.jdbc()), challenges);
        }
    }

    @Test
    void someoneSignedOutReadsTheTopicWithItsChallengesButNoForms() {
        MvcTestResult page = mvc.get().uri(CLOSURES).exchange();

        assertThat(page).hasStatusOk();
        assertThat(html(page))
                .contains("<h1>Closures</h1>", "data-node=\"closures\"", "Sign in to track your progress")
                .contains("A function keeps its <strong>outer</strong> names")
                .contains("href=\"/challenges/closure-counter\"", "Fluent Python", "ch. 9")
                .contains("href=\"/roadmaps/python/nodes/decorators\"")
                .contains("hx-get=\"/review/nodes/python/closures\"")
                .doesNotContain("class=\"status-buttons\"", "id=\"note-body\"", "not passed yet");
    }

    @Test
    void aLearnerSeesTheirStatusTheirNoteAndTheChallengesTheyHaveNotPassed() {
        long learner = database.user("reader");
        progress.set(learner, "python", "closures", Status.LEARNING);
        progress.saveNote(learner, "python", "closures", "Read *PEP 227*.");

        String page = html(get(learner, CLOSURES));

        assertThat(page)
                .contains("<article class=\"node-page status-learning\"", "id=\"node-status\">Learning</span>")
                .contains(
                        "data-status=\"learning\" aria-pressed=\"true\"", "data-status=\"done\" aria-pressed=\"false\"")
                .contains("<textarea id=\"note-body\" name=\"body\"", "Read *PEP 227*.</textarea>")
                .contains("<em>PEP 227</em>", "not passed yet")
                .doesNotContain("id=\"note-saved\"");
    }

    @Test
    void aStatusSetByAFormReloadsThePageOrSwapsInTheButtonsForHtmx() {
        long learner = database.user("marker");

        MvcTestResult plain = post(learner, CLOSURES + "/status", Map.of("status", "learning"), false);
        MvcTestResult swapped = post(learner, CLOSURES + "/status", Map.of("status", "done"), true);

        assertThat(plain).hasRedirectedUrl(CLOSURES);
        assertThat(swapped).hasStatusOk();
        assertThat(html(swapped))
                .doesNotContain("<html")
                .contains("<div class=\"status-buttons\"")
                .contains("data-status=\"done\" aria-pressed=\"true\"");
        assertThat(swapped.getResponse().getHeader("HX-Trigger"))
                .contains("\"statusChanged\"", "\"node\":\"closures\"", "\"basics\":\"learning\"");
        assertThat(progress.history(learner, "python")).hasSize(2);
    }

    @Test
    void refusesAStatusItDoesNotKnowAndATopicTheRoadmapDoesNotHave() {
        long learner = database.user("typo");

        MvcTestResult status = post(learner, CLOSURES + "/status", Map.of("status", "finished"), true);
        MvcTestResult node = post(learner, "/roadmaps/python/nodes/cobol/status", Map.of("status", "done"), false);
        MvcTestResult page = get(learner, "/roadmaps/python/nodes/cobol");

        assertThat(status).hasStatus(422);
        assertThat(html(status)).contains("todo, learning, done, skipped");
        assertThat(node).hasStatus(404);
        assertThat(page).hasStatus(404);
        assertThat(progress.history(learner, "python")).isEmpty();
    }

    @Test
    void aNoteSavedByAFormReloadsThePageOrSwapsInTheRenderedNoteForHtmx() {
        long learner = database.user("writer");

        MvcTestResult plain = post(learner, CLOSURES + "/note", Map.of("body", "first"), false);
        MvcTestResult swapped = post(learner, CLOSURES + "/note", Map.of("body", "Use **nonlocal**."), true);
        String reloaded = html(get(learner, CLOSURES + "?saved=true"));

        assertThat(plain).hasRedirectedUrl(CLOSURES + "?saved=true#note");
        assertThat(html(swapped))
                .doesNotContain("<html")
                .contains("<div id=\"note-rendered\"")
                .contains("id=\"note-saved\"", "<strong>nonlocal</strong>");
        assertThat(reloaded).contains("id=\"note-saved\"");
        assertThat(progress.note(learner, "python", "closures")).hasValue("Use **nonlocal**.");
    }

    @Test
    void theGraphPanelIsAFragmentWithTheStatusButtonsForALearner() {
        long learner = database.user("panel");

        String signedOut = html(mvc.get().uri(CLOSURES + "?panel=true").exchange());
        String signedIn = html(get(learner, CLOSURES + "?panel=true"));

        assertThat(signedIn)
                .contains("<div class=\"panel-body\" data-node=\"closures\">")
                .contains("<h3>Closures</h3>", "class=\"status-buttons\"", "href=\"" + CLOSURES + "\"")
                .doesNotContain("<html", "closure-counter");
        assertThat(signedOut).doesNotContain("class=\"status-buttons\"");
    }
}
