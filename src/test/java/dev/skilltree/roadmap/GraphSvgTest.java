package dev.skilltree.roadmap;

import static dev.skilltree.roadmap.Nodes.node;
import static dev.skilltree.roadmap.Nodes.roadmap;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphSvgTest {

    @Test
    void measuresCjkCharactersWideAndLatinNarrow() {
        assertThat(GraphSvg.textWidth("ab中")).isEqualTo(7.5 + 7.5 + 14);
        assertThat(GraphSvg.titleWidth(new Text("中文", "abcde"))).isEqualTo(37.5);
        assertThat(GraphSvg.titleWidth(new Text("中文标题", "abc"))).isEqualTo(56);
    }

    @Test
    void neverStartsALineWithClosingPunctuation() {
        assertThat(GraphSvg.lines("一二三四五六七，八九", 7 * 14)).containsExactly("一二三四五六", "七，八九");
    }

    @Test
    void breaksAfterSlashesAndCutsAWordThatFitsNowhere() {
        assertThat(GraphSvg.lines("asyncio/trio/anyio structured concurrency", 100))
                .containsExactly("asyncio/trio/", "anyio struct…");
        assertThat(GraphSvg.lines("Supercalifragilisticexpialidocious", 100))
                .containsExactly("Supercalifrag", "ilisticexpia…");
    }

    @Test
    void keepsAShortTitleOnOneTrimmedLine() {
        assertThat(GraphSvg.lines("  Sets  ", 100)).containsExactly("Sets");
    }

    @Test
    void marksLinksBetweenStagesApartFromLinksInsideOne() throws Exception {
        RoadmapGraph graph = RoadmapGraph.layout(roadmap(
                node("one", NodeKind.STAGE, null),
                node("one-a", NodeKind.TOPIC, "one"),
                node("one-b", NodeKind.TOPIC, "one", "one-a"),
                node("two", NodeKind.STAGE, null),
                node("two-a", NodeKind.TOPIC, "two", "one-b")));

        Document svg = parse(new GraphSvg(graph, id -> "todo", id -> "#" + id, id -> id, id -> null).render("Test"));

        assertThat(elements(svg, "path"))
                .filteredOn(p -> p.hasAttribute("data-from"))
                .extracting(p ->
                        p.getAttribute("data-from") + "→" + p.getAttribute("data-to") + " " + p.getAttribute("class"))
                .containsExactlyInAnyOrder("one-a→one-b edge", "one-b→two-a edge edge-across");
    }

    @Test
    void drawsEachStageAsAGroupTitledByTheCaller() throws Exception {
        RoadmapGraph graph =
                RoadmapGraph.layout(roadmap(node("one", NodeKind.STAGE, null), node("one-a", NodeKind.TOPIC, "one")));

        Document svg =
                parse(new GraphSvg(graph, id -> "done", id -> "#", id -> "Stage & " + id, id -> null).render("Test"));

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

        Document svg = parse(new GraphSvg(graph, id -> null, id -> "/n/" + id, id -> null, id -> null).render("Test"));

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
                parse(new GraphSvg(graph, id -> "todo", id -> "#", id -> "`" + id + "` 模块", id -> null).render("Test"));

        assertThat(elements(svg, "title")).extracting(Element::getTextContent).containsExactly("dis 模块");
        assertThat(elements(svg, "text")).extracting(Element::getTextContent).containsExactly("one 模块", "dis 模块");
    }

    @Test
    void writesCoordinatesWithAtMostOneDecimal() {
        RoadmapGraph graph = RoadmapGraph.layout(roadmap(node("seventeen-letters", NodeKind.TOPIC, null)));

        String svg = new GraphSvg(graph, id -> "todo", id -> "#", id -> "Leaf", id -> null).render("Test");

        assertThat(svg)
                .contains("width=\"151.5\"")
                .doesNotContainPattern("\"-?\\d+\\.\\d{2,}\"")
                .doesNotContainPattern("\"-?\\d+\\.0\"");
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
