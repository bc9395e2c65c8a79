package dev.skilltree.roadmap;

import static dev.skilltree.roadmap.Nodes.node;
import static dev.skilltree.roadmap.Nodes.roadmap;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphSvgTest {

    @Test
    void drawsLinksBetweenAreasOnceWithTheirCountAndLinksInsideAnOpenAreaOneByOne() throws Exception {
        Roadmap roadmap = roadmap(
                node("one", NodeKind.STAGE, null),
                node("a", NodeKind.AREA, "one"),
                node("a-1", NodeKind.TOPIC, "a"),
                node("a-2", NodeKind.TOPIC, "a", "a-1"),
                node("b", NodeKind.AREA, "one"),
                node("b-1", NodeKind.TOPIC, "b", "a-1"),
                node("b-2", NodeKind.TOPIC, "b", "a-2"));

        Document svg = parse(new GraphSvg(RoadmapGraph.layout(roadmap, Set.of("a")), marks()).render("Test"));

        assertThat(elements(svg, "g"))
                .filteredOn(g -> g.hasAttribute("data-edge"))
                .extracting(g -> g.getAttribute("data-from") + "→" + g.getAttribute("data-to") + " "
                        + g.getAttribute("class") + " " + g.getTextContent())
                .containsExactlyInAnyOrder("a-1→a-2 edge edge-inner ", "a→b edge edge-between 2");
        Element a1 = link(svg, "a-1");
        assertThat(a1.getAttribute("data-after")).isEqualTo("a-2 b");
        assertThat(link(svg, "b").getAttribute("data-before")).isEqualTo("a-1 a-2");
        assertThat(link(svg, "b").getAttribute("class")).isEqualTo("node-link area-link");
        assertThat(a1.getAttribute("data-area")).isEqualTo("a");
    }

    @Test
    void drawsEachStageAsAGroupTitledByTheCaller() throws Exception {
        RoadmapGraph graph =
                RoadmapGraph.layout(roadmap(node("one", NodeKind.STAGE, null), node("one-a", NodeKind.TOPIC, "one")));

        Document svg = parse(new GraphSvg(graph, marks(id -> "done", id -> "#", id -> "Stage & " + id)).render("Test"));

        assertThat(elements(svg, "g"))
                .filteredOn(g -> g.getAttribute("class").equals("group"))
                .singleElement()
                .satisfies(g -> {
                    assertThat(g.getAttribute("data-group")).isEqualTo("one");
                    assertThat(g.getTextContent()).isEqualTo("Stage & one");
                });
        assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo("Test");
    }

    @Test
    void showsABoxWithoutAStatusOrTitleAsAnEmptyTodo() throws Exception {
        RoadmapGraph graph = RoadmapGraph.layout(roadmap(node("leaf", NodeKind.TOPIC, null)));

        Document svg = parse(new GraphSvg(graph, marks(id -> null, id -> "/n/" + id, id -> null)).render("Test"));

        Element box = elements(svg, "g").stream()
                .filter(g -> g.getAttribute("class").startsWith("node "))
                .findFirst()
                .orElseThrow();
        assertThat(box.getAttribute("class")).isEqualTo("node status-todo kind-topic");
        assertThat(box.getTextContent()).isEmpty();
    }

    @Test
    void drawsInlineCodeInTitlesAsPlainText() throws Exception {
        RoadmapGraph graph =
                RoadmapGraph.layout(roadmap(node("one", NodeKind.STAGE, null), node("dis", NodeKind.TOPIC, "one")));

        Document svg =
                parse(new GraphSvg(graph, marks(id -> "todo", id -> "#", id -> "`" + id + "` 模块")).render("Test"));

        assertThat(elements(svg, "title")).extracting(Element::getTextContent).containsExactly("dis 模块");
        assertThat(elements(svg, "text")).extracting(Element::getTextContent).containsExactly("one 模块", "dis 模块");
    }

    @Test
    void writesCoordinatesWithAtMostOneDecimal() {
        RoadmapGraph graph = RoadmapGraph.layout(roadmap(node("seventeen-letters", NodeKind.TOPIC, null)));

        String svg = new GraphSvg(graph, marks(id -> "todo", id -> "#", id -> "Leaf")).render("Test");

        assertThat(svg)
                .contains("width=\"151.5\"")
                .doesNotContainPattern("\"-?\\d+\\.\\d{2,}\"")
                .doesNotContainPattern("\"-?\\d+\\.0\"");
    }

    private static RoadmapGraph.Marks marks() {
        return marks(id -> "todo", id -> "#" + id, id -> id);
    }

    private static RoadmapGraph.Marks marks(
            Function<String, String> statusOf, Function<String, String> href, Function<String, String> titleOf) {
        return new RoadmapGraph.Marks(statusOf, href, titleOf, id -> null, id -> "", id -> false, null);
    }

    private static Element link(Document svg, String id) {
        return elements(svg, "a").stream()
                .filter(a -> a.getAttribute("data-node").equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static List<Element> elements(Document svg, String tag) {
        NodeList list = svg.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
