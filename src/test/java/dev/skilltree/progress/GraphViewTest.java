package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.grading.ChallengeService;
import dev.skilltree.roadmap.NodeKind;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.Text;
import dev.skilltree.roadmap.Track;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.TestDatabase;
import dev.skilltree.web.Page;
import dev.skilltree.web.Viewer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The roadmap graph one learner sees: which areas are open, the box it centres on, search matches and filters,
 * links and challenge badges. The roadmap has one area, {@code lang}, holding {@code syntax} (with the subtopic
 * {@code loops}) and {@code closures}; {@code http} stands alone in the stage {@code web}.
 */
class GraphViewTest {

    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");
    private static final Roadmap ROADMAP = new Roadmap(
            "python",
            new Text("Python 路线", "Python roadmap"),
            "zh",
            Text.EMPTY,
            1,
            List.of(new Track("web", new Text("网站", "Web"), Text.EMPTY)),
            List.of(
                    ProgressFixtures.node("basics", NodeKind.STAGE, null, "基础", "Basics"),
                    ProgressFixtures.node("lang", NodeKind.AREA, "basics", "语言", "Language"),
                    ProgressFixtures.node("syntax", NodeKind.TOPIC, "lang", "语法", "Syntax"),
                    ProgressFixtures.node("loops", NodeKind.SUBTOPIC, "syntax", "循环", "Loops"),
                    ProgressFixtures.node(
                            "closures", NodeKind.TOPIC, "lang", "闭包", "Closures", List.of(), List.of("syntax")),
                    ProgressFixtures.node("web", NodeKind.STAGE, null, "网站开发", "Web", List.of("web"), List.of()),
                    ProgressFixtures.node(
                            "http", NodeKind.TOPIC, "web", "HTTP 协议", "HTTP", List.of(), List.of("closures"))));

    @TempDir
    Path data;

    private TestDatabase db;
    private ChallengeService challenges;
    private GraphView graphs;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(data);
        challenges = ChallengeService.of(db.jdbc(), new MovableClock(AT));
        graphs = new GraphView(new GraphCache(), new EvidenceService(new EvidenceRepository(db.jdbc()), challenges));
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void opensTheAreaOfTheFirstTopicReadyAndCentresOnIt() {
        String svg = svg(Map.of(), null, "", null, page("en", null));

        assertThat(svg).contains("data-focus=\"syntax\"", "<g class=\"area-frame\" data-area=\"lang\">");
        assertThat(box(svg, "syntax").group(2)).isEqualTo("node-link");
        assertThat(box(svg, "syntax").group(1)).isEqualTo("/roadmaps/python/nodes/syntax");
        assertThat(box(svg, "closures").group(3)).isEqualTo("node status-todo kind-topic");
        assertThat(svg).as("a subtopic folds into its topic's box").doesNotContain("data-node=\"loops\"");
        assertThat(svg)
                .as("the open area's close link")
                .contains("<a class=\"area-close\" href=\"/roadmaps/python?open=#graph\" data-area=\"lang\"");
    }

    @Test
    void centresOnTheTopicInProgressBeforeTheOnesReady() {
        String svg = svg(Map.of("loops", Status.DONE, "http", Status.LEARNING), null, "", null, page("en", null));

        assertThat(svg).contains("data-focus=\"http\"").doesNotContain("area-frame");
        assertThat(box(svg, "lang").group(2)).isEqualTo("node-link area-link");
        assertThat(box(svg, "lang").group(1)).isEqualTo("/roadmaps/python?open=lang#graph");
        assertThat(box(svg, "http").group(3)).isEqualTo("node status-learning kind-topic");
    }

    @Test
    void aClosedAreaShowsItsTopicsCompleteOfAllAndStandsInForTheFocusInside() {
        String svg = svg(Map.of("loops", Status.DONE), null, "", "", page("en", null));

        assertThat(svg).contains("data-focus=\"lang\"").doesNotContain("data-node=\"closures\"");
        assertThat(svg).contains("<text class=\"area-note\"").contains(">1/2 done</text>");
        assertThat(box(svg, "lang").group(3)).isEqualTo("node status-learning kind-area");
    }

    @Test
    void opensTheAreasAskedForEvenWhenTheFocusIsElsewhere() {
        String svg = svg(Map.of("loops", Status.DONE, "closures", Status.DONE), null, "", "lang", page("en", null));

        assertThat(svg).contains("data-focus=\"http\"", "data-area=\"lang\"", "data-node=\"closures\"");
        assertThat(box(svg, "closures").group(3)).isEqualTo("node status-done kind-topic");
    }

    @Test
    void aSearchOpensTheAreasOfItsMatchesMarksThemAndDimsTheRest() {
        String svg = svg(Map.of(), null, "CLOSURE", "", page("en", null));

        assertThat(box(svg, "closures").group(2)).isEqualTo("node-link match");
        assertThat(box(svg, "closures").group(3)).isEqualTo("node status-todo kind-topic");
        assertThat(box(svg, "syntax").group(3)).isEqualTo("node status-todo dim kind-topic");
        assertThat(box(svg, "http").group(3)).isEqualTo("node status-todo dim kind-topic");
        assertThat(svg).as("the focus stays on the first topic ready").contains("data-focus=\"syntax\"");
    }

    @Test
    void aTrackDimsWhatIsOutsideItAndCountsOnlyItsOwnTopics() {
        String svg = svg(Map.of("loops", Status.DONE), "web", "", null, page("en", null));

        assertThat(svg).as("nothing in the track is ready yet").doesNotContain("data-focus");
        assertThat(box(svg, "lang").group(3)).isEqualTo("node status-learning dim kind-area");
        assertThat(box(svg, "http").group(3)).isEqualTo("node status-todo kind-topic");
        assertThat(svg).contains(">0/0 done</text>");
    }

    @Test
    void writesTitlesAndNotesInTheReadersLanguage() {
        String svg = svg(Map.of("loops", Status.DONE), null, "", "", page("zh", null));

        assertThat(svg).contains(">语言</tspan>", ">HTTP 协议</tspan>", ">已完成 1/2</text>");
    }

    @Test
    void badgesATopicWithItsChallengesAndHowManyTheLearnerPassed() {
        challenges.installBuiltIns();
        long learner = db.user("ada");
        long submission = db.submission(learner, "closure-counter");
        new EvidenceRepository(db.jdbc()).add(learner, "closures", "closure-counter", submission, AT);

        String signedOut = svg(Map.of(), null, "", "lang", page("en", null));
        String passed = svg(Map.of(), null, "", "lang", page("en", new Viewer(learner, "ada", "LEARNER")));

        assertThat(signedOut)
                .contains("<text class=\"node-badge\"")
                .contains(">⚑ 0/1</text>")
                .contains("aria-label=\"Closures · 1 challenge, 0 passed\"");
        assertThat(passed).contains("<text class=\"node-badge complete\"").contains(">⚑ 1/1</text>");
        assertThat(box(passed, "syntax").group(0)).doesNotContain("⚑");
    }

    private String svg(Map<String, Status> statuses, String track, String q, String open, Page page) {
        return graphs.svg(new RoadmapProgress(ROADMAP, statuses), track, q, open, page);
    }

    /** A box's link: group 1 its href, 2 its classes, 3 the classes of its shape. */
    private static Matcher box(String svg, String id) {
        Matcher box = Pattern.compile("<a href=\"([^\"]*)\" class=\"([^\"]*)\" data-node=\"" + id
                        + "\"[^>]*><g class=\"([^\"]*)\">.*?</a>")
                .matcher(svg);
        assertThat(box.find()).as("the box of %s in %s", id, svg).isTrue();
        return box;
    }

    private static Page page(String lang, Viewer user) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new Page(lang, "light", user, null, null, null, "/roadmaps/python", messages);
    }
}
