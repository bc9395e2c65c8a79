package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.Resource;
import dev.skilltree.roadmap.ResourceKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeViewTest {

    private final RoadmapProgress progress =
            ProgressFixtures.progress(Map.of("types", Status.DONE, "web", Status.SKIPPED, "homepage", Status.LEARNING));

    private NodeView view(String nodeId, String lang, String note) {
        return NodeView.of(progress, progress.node(nodeId).orElseThrow(), lang, note, true);
    }

    @Test
    void showsThePathFromTheTopDownToTheParent() {
        assertThat(view("loops", "en", "").path()).extracting(Node::id).containsExactly("basics", "lang", "syntax");
        assertThat(view("basics", "en", "").path()).isEmpty();
    }

    @Test
    void showsTheStatusInheritedFromAParentBesideTheLearnersOwn() {
        NodeView http = view("http", "en", "");

        assertThat(http.status()).isEqualTo(Status.SKIPPED);
        assertThat(http.own()).isEqualTo(Status.TODO);
    }

    @Test
    void listsChildrenPrerequisitesAndDependentsWithTheirStatuses() {
        assertThat(view("syntax", "en", "").children())
                .extracting(l -> l.node().id(), NodeView.Linked::status)
                .containsExactly(tuple("loops", Status.TODO), tuple("functions", Status.TODO));
        NodeView http = view("http", "en", "");
        assertThat(http.prerequisites())
                .extracting(l -> l.node().id(), NodeView.Linked::status)
                .containsExactly(tuple("types", Status.DONE));
        assertThat(http.dependents())
                .extracting(l -> l.node().id(), NodeView.Linked::status)
                .containsExactly(tuple("homepage", Status.LEARNING));
    }

    @Test
    void groupsResourcesByKindKeepingTheirOrder() {
        Map<ResourceKind, java.util.List<Resource>> resources =
                view("http", "en", "").resources();

        assertThat(resources).containsOnlyKeys(ResourceKind.BOOK, ResourceKind.SITE);
        assertThat(resources.get(ResourceKind.BOOK))
                .extracting(Resource::title)
                .containsExactly("HTTP: The Definitive Guide", "RESTful Web APIs");
        assertThat(view("loops", "en", "").resources()).isEmpty();
    }

    @Test
    void rendersTheDescriptionInTheReadersLanguage() {
        assertThat(view("http", "en", "").descriptionHtml()).contains("Requests and <strong>responses</strong>");
        assertThat(view("http", "zh", "").descriptionHtml()).contains("请求与<strong>响应</strong>");
    }

    @Test
    void keepsTheNoteAsWrittenAndShowsItWithoutScripts() {
        String note = "**GET is safe**\n\n<script>alert(1)</script>";

        NodeView http = view("http", "en", note);

        assertThat(http.note()).isEqualTo(note);
        assertThat(http.noteHtml()).contains("<strong>GET is safe</strong>").doesNotContain("<script");
        assertThat(http.signedIn()).isTrue();
    }
}
