package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.grading.ChallengeService;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.PageSlice;
import dev.skilltree.support.PageSliceRequests;
import dev.skilltree.support.SignedIn;
import dev.skilltree.support.TestDatabase;
import gg.jte.TemplateEngine;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The roadmap page and its graph and percentage fragments, in a web slice rendering the real templates over a real
 * H2 database holding the roadmap of {@link ProgressFixtures}. Its body is kept between requests, so these check that
 * what a learner sees still follows their statuses, filter and language. The gzipped page over real HTTP is
 * RoadmapPageTest's.
 */
@PageSlice(RoadmapPages.class)
class RoadmapPagesTest extends PageSliceRequests {

    private static final String PAGE = "/roadmaps/python";

    @Autowired
    ProgressService progress;

    @TestConfiguration
    static class RealProgress {

        @Bean
        Roadmap roadmap() {
            return ProgressFixtures.roadmap();
        }

        @Bean
        GraphView graphs(TestDatabase database, MovableClock clock) {
            return new GraphView(
                    new GraphCache(),
                    new EvidenceService(
                            new EvidenceRepository(database.jdbc()), ChallengeService.of(database.jdbc(), clock)));
        }

        @Bean
        RoadmapBodies bodies(TemplateEngine templates) {
            return new RoadmapBodies(templates);
        }
    }

    @Test
    void showsAStatusChangeOnTheNextLoad() {
        long learner = database.user("reloader");
        String before = html(get(learner, PAGE));

        progress.set(learner, "python", "types", Status.DONE);
        String after = html(get(learner, PAGE));

        assertThat(statusOf(before, "types")).isEqualTo("todo");
        assertThat(statusOf(after, "types")).isEqualTo("done");
        assertThat(after).contains("learner-" + learner).contains("</html>");
        assertThat(after).contains("<strong id=\"percent-value\">20%</strong>");
    }

    @Test
    void keepsLearnersLanguagesAndFiltersApart() {
        long ada = database.user("ada-page");
        long bob = database.user("bob-page");
        progress.set(ada, "python", "http", Status.DONE);

        String adaPage = html(get(ada, PAGE));
        String bobPage = html(get(bob, PAGE));
        String chinese = html(mvc.get()
                .uri(PAGE)
                .with(SignedIn.learner(bob))
                .header("Accept-Language", "zh-CN")
                .exchange());
        String web = html(mvc.get()
                .uri(PAGE + "?track=web")
                .with(SignedIn.learner(bob))
                .header("HX-Request", "true")
                .exchange());

        assertThat(statusOf(adaPage, "http")).isEqualTo("done");
        assertThat(statusOf(bobPage, "http")).isEqualTo("todo");
        assertThat(chinese).contains("HTTP 协议").contains("lang=\"zh-CN\"");
        assertThat(web).doesNotContain("<html").contains("dim");
    }

    @Test
    void someoneSignedOutSeesTheRoadmapWithNothingDone() {
        MvcTestResult page = mvc.get().uri(PAGE).exchange();

        assertThat(page).hasStatusOk().hasContentType("text/html;charset=UTF-8");
        assertThat(statusOf(html(page), "types")).isEqualTo("todo");
        assertThat(html(page)).contains("<strong id=\"percent-value\">0%</strong>");
    }

    @Test
    void theGraphFragmentMarksTheSearchAndThePercentFragmentFollowsTheTrack() {
        long learner = database.user("searcher");
        progress.set(learner, "python", "http", Status.DONE);

        String graph = html(get(learner, PAGE + "/graph?q=http"));
        String all = html(get(learner, PAGE + "/percent"));
        String web = html(get(learner, PAGE + "/percent?track=web"));
        String unknownTrack = html(get(learner, PAGE + "/percent?track=mobile"));

        assertThat(graph).doesNotContain("<html").contains("<svg", "class=\"node-link match\" data-node=\"http\"");
        assertThat(all).contains("<strong id=\"percent-value\">20%</strong>").doesNotContain("<html");
        assertThat(web).contains("<strong id=\"percent-value\">50%</strong>");
        assertThat(unknownTrack).as("an unknown track filters nothing").isEqualTo(all);
    }

    @Test
    void aRoadmapThatDoesNotExistIsNotFound() {
        MvcTestResult page = get(database.user("lost"), "/roadmaps/cobol");

        assertThat(page).hasStatus(404);
        assertThat(html(page)).contains("<title>Error 404 · skilltree</title>");
    }

    /** The status class of a node's outline row. */
    private static String statusOf(String html, String nodeId) {
        Matcher row = Pattern.compile("<li class=\"status-([a-z]+)[^\"]*\" data-node=\"" + nodeId + "\"")
                .matcher(html);
        assertThat(row.find()).as("outline row for %s", nodeId).isTrue();
        return row.group(1);
    }
}
