package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class RoadmapGraphTest {

    private static final double EPSILON = 0.5;

    @Test
    void foldsSubtopicsIntoTheirTopic() {
        RoadmapGraph graph = RoadmapGraph.layout(roadmap(
                node("s", NodeKind.STAGE, null),
                node("a", NodeKind.AREA, "s"),
                node("t", NodeKind.TOPIC, "a"),
                node("t-sub", NodeKind.SUBTOPIC, "t"),
                node("t-sub-sub", NodeKind.SUBTOPIC, "t-sub"),
                node("p", NodeKind.PROJECT, "a", "t-sub-sub")));

        assertThat(graph.boxes()).extracting(RoadmapGraph.Box::id).containsExactly("t", "p");
        assertThat(graph.frames()).extracting(RoadmapGraph.Frame::id).containsExactly("a");
        assertThat(graph.groups()).extracting(RoadmapGraph.Group::id).containsExactly("s");
        assertThat(links(graph)).containsExactly("t→p");
    }

    @Test
    void showsNodesWithoutATopicAboveThemAndTopLevelLeavesAsBoxes() {
        RoadmapGraph graph = RoadmapGraph.layout(roadmap(
                node("s", NodeKind.STAGE, null),
                node("loose", NodeKind.SUBTOPIC, "s"),
                node("loose-child", NodeKind.SUBTOPIC, "loose"),
                node("loose-grandchild", NodeKind.SUBTOPIC, "loose-child"),
                node("extras", NodeKind.TOPIC, null)));

        assertThat(graph.boxes())
                .extracting(RoadmapGraph.Box::id, RoadmapGraph.Box::group)
                .containsExactly(tuple("loose-child", "s"), tuple("extras", null));
        assertThat(graph.frames()).extracting(RoadmapGraph.Frame::id).containsExactly("loose");
    }

    @Test
    void liftsPrerequisiteEdgesAndDropsSelfLoops() {
        RoadmapGraph graph = RoadmapGraph.layout(roadmap(
                node("s", NodeKind.STAGE, null),
                node("a", NodeKind.AREA, "s"),
                node("t1", NodeKind.TOPIC, "a"),
                node("t1-x", NodeKind.SUBTOPIC, "t1"),
                node("t1-y", NodeKind.SUBTOPIC, "t1", "t1-x"),
                node("t2", NodeKind.TOPIC, "a"),
                node("t2-x", NodeKind.SUBTOPIC, "t2", "t1-x"),
                node("t2-y", NodeKind.SUBTOPIC, "t2", "t1-y", "t1-x")));

        assertThat(links(graph)).containsExactly("t1→t2");
    }

    @Test
    void dropsLinksThatALongerPathAlreadyImplies() {
        RoadmapGraph graph = RoadmapGraph.layout(roadmap(
                node("s", NodeKind.STAGE, null),
                node("a", NodeKind.AREA, "s"),
                node("t1", NodeKind.TOPIC, "a"),
                node("t2", NodeKind.TOPIC, "a", "t1"),
                node("t3", NodeKind.TOPIC, "a", "t2", "t1")));

        assertThat(links(graph)).containsExactly("t1→t2", "t2→t3");
    }

    @Test
    void placesEveryBoxInsideItsStageGroupAndStacksStagesInOrder() {
        RoadmapGraph graph = RoadmapGraph.layout(twoStages());

        for (RoadmapGraph.Box box : graph.boxes()) {
            RoadmapGraph.Group group = graph.groups().stream()
                    .filter(g -> g.id().equals(box.group()))
                    .findFirst()
                    .orElseThrow();
            assertThat(box.x()).isGreaterThanOrEqualTo(group.x());
            assertThat(box.y()).isGreaterThanOrEqualTo(group.y());
            assertThat(box.x() + box.w()).isLessThanOrEqualTo(group.x() + group.w());
            assertThat(box.y() + box.h()).isLessThanOrEqualTo(group.y() + group.h());
        }
        RoadmapGraph.Group first = graph.groups().get(0);
        RoadmapGraph.Group second = graph.groups().get(1);
        assertThat(first.id()).isEqualTo("one");
        assertThat(first.y() + first.h()).isLessThan(second.y());
    }

    @Test
    void drawsEachEdgeFromThePrerequisiteBoxToTheDependentBox() {
        RoadmapGraph graph = RoadmapGraph.layout(twoStages());

        assertThat(links(graph)).contains("one-area→two-area", "two-area→one-review", "one-topic→one-other");
        for (RoadmapGraph.Edge edge : graph.edges()) {
            List<RoadmapGraph.Point> points = edge.points();
            assertThat(points).hasSizeGreaterThanOrEqualTo(2);
            assertThat(onBorder(box(graph, edge.from()), points.getFirst())).isTrue();
            assertThat(onBorder(box(graph, edge.to()), points.getLast())).isTrue();
        }
        assertThat(graph.edges())
                .filteredOn(e -> e.from().equals("one-area") && e.to().equals("two-area"))
                .singleElement()
                .satisfies(e -> assertThat(e.count()).isEqualTo(2));
        assertThat(graph.width()).isGreaterThan(0);
        assertThat(graph.height()).isGreaterThan(0);
    }

    @Test
    void drawsARoadmapWithoutNodesAsAnEmptyPicture() throws Exception {
        RoadmapGraph graph = RoadmapGraph.layout(roadmap());

        assertThat(graph.boxes()).isEmpty();
        assertThat(parse(graph.svg("zh", id -> "todo", id -> "#", id -> id))
                        .getElementsByTagName("a")
                        .getLength())
                .isZero();
    }

    @Test
    void escapesTitlesInSvg() throws Exception {
        RoadmapGraph graph = RoadmapGraph.layout(twoStages());

        String svg = graph.svg("en", id -> "todo", id -> "/n?id=" + id + "&x='1'", id -> "<b>\"" + id + "\" & co</b>");

        assertThat(svg).contains("&lt;b&gt;&quot;one-topic&quot; &amp; co&lt;/b&gt;");
        assertThat(svg).contains("href=\"/n?id=one-topic&amp;x=&#39;1&#39;\"");
        assertThat(svg).doesNotContain("<b>");
        Element root = parse(svg).getDocumentElement();
        assertThat(root.getAttribute("aria-label")).isEqualTo("Two <stages> & more");
    }

    @Test
    void drawsABadgeInTheCornerOfTheBoxesThatHaveOneAndSaysItInTheTooltip() throws Exception {
        RoadmapGraph graph = RoadmapGraph.layout(twoStages());

        Document svg = parse(graph.svg(
                "en",
                id -> "todo",
                id -> "/n/" + id,
                id -> id,
                id -> id.equals("one-topic")
                        ? new RoadmapGraph.Badge("⚑ 1/2", "2 challenges, 1 passed", false)
                        : null));

        NodeList badges = svg.getElementsByTagName("text");
        List<Element> drawn = new ArrayList<>();
        for (int i = 0; i < badges.getLength(); i++) {
            Element text = (Element) badges.item(i);
            if (text.getAttribute("class").startsWith("node-badge")) {
                drawn.add(text);
            }
        }
        assertThat(drawn).singleElement().satisfies(b -> assertThat(b.getTextContent())
                .isEqualTo("⚑ 1/2"));
        Map<String, String> tooltips = new java.util.HashMap<>();
        NodeList links = svg.getElementsByTagName("a");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            tooltips.put(
                    link.getAttribute("data-node"),
                    link.getElementsByTagName("title").item(0).getTextContent());
        }
        assertThat(tooltips)
                .containsEntry("one-topic", "one-topic · 2 challenges, 1 passed")
                .containsEntry("two-topic", "two-topic");
    }

    @Test
    void marksEachBoxWithTheLearnersStatus() throws Exception {
        RoadmapGraph graph = RoadmapGraph.layout(twoStages());
        Map<String, String> status = Map.of("one-topic", "done", "two-topic", "learning");

        Document svg = parse(graph.svg("en", id -> status.getOrDefault(id, "todo"), id -> "/n/" + id, id -> id));

        NodeList links = svg.getElementsByTagName("a");
        assertThat(links.getLength())
                .isEqualTo(graph.boxes().size() + graph.frames().size());
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            String id = link.getAttribute("data-node");
            if (id.isEmpty()) {
                assertThat(link.getAttribute("class")).isEqualTo("area-close");
                continue;
            }
            Element box = (Element) link.getElementsByTagName("g").item(0);
            assertThat(link.getAttribute("href")).isEqualTo("/n/" + id);
            assertThat(link.getAttribute("class")).isEqualTo("node-link");
            assertThat(box.getAttribute("class"))
                    .isEqualTo("node status-" + status.getOrDefault(id, "todo") + " kind-" + kindOf(graph, id));
            assertThat(box.getElementsByTagName("title").item(0).getTextContent())
                    .isEqualTo(id);
        }
        assertThat(svg.getElementsByTagName("path").getLength())
                .isEqualTo(graph.edges().size() + 1);
    }

    @Test
    void showsAClosedAreaAsOneBoxAndItsLinksAsOneEdgePerAreaWithTheirCount() {
        RoadmapGraph graph = RoadmapGraph.layout(twoStages(), Set.of());

        assertThat(graph.boxes())
                .extracting(RoadmapGraph.Box::id, RoadmapGraph.Box::openable)
                .containsExactly(
                        tuple("one-area", true),
                        tuple("one-review", false),
                        tuple("two-area", true),
                        tuple("two-exam", false));
        assertThat(graph.frames()).isEmpty();
        assertThat(graph.edges())
                .extracting(e -> e.from() + "→" + e.to() + " " + e.count())
                .containsExactlyInAnyOrder("one-area→two-area 2", "two-area→one-review 1");
        assertThat(graph.edges()).allSatisfy(e -> assertThat(e.label()).isNotNull());
        assertThat(graph.ties("two-area").before()).containsExactly("one-area");
        assertThat(graph.ties("two-area").after()).containsExactly("one-review");
    }

    @Test
    void opensAnAreaInPlaceAsAFrameAroundItsTopicsBetweenTheBoxesBeforeAndAfterIt() {
        RoadmapGraph graph = RoadmapGraph.layout(twoStages(), Set.of("two-area"));

        RoadmapGraph.Frame frame = graph.frames().getFirst();
        assertThat(graph.frames()).extracting(RoadmapGraph.Frame::id).containsExactly("two-area");
        for (String topic : List.of("two-topic", "two-project")) {
            RoadmapGraph.Box box = box(graph, topic);
            assertThat(box.area()).isEqualTo("two-area");
            assertThat(box.x()).isBetween(frame.x(), frame.x() + frame.w() - box.w());
            assertThat(box.y()).isBetween(frame.y(), frame.y() + frame.h() - box.h());
        }
        assertThat(box(graph, "two-exam").y()).isGreaterThan(frame.y() + frame.h());
        assertThat(links(graph)).contains("two-topic→two-project", "one-area→two-area");
        assertThat(graph.ties("two-topic").before()).containsExactly("one-area");
        assertThat(graph.ties("two-topic").after()).containsExactlyInAnyOrder("two-project", "one-review");
    }

    @Test
    void laysOutTheBuiltInRoadmapWithOneBoxPerShownNodeAndNoOverlaps() {
        Roadmap roadmap = BuiltInRoadmaps.load(BuiltInRoadmaps.PYTHON_ADVANCED);

        RoadmapGraph graph = RoadmapGraph.layout(roadmap);

        List<String> expected = roadmap.nodes().stream()
                .filter(n -> n.parentId() != null && n.kind() != NodeKind.SUBTOPIC)
                .map(Node::id)
                .toList();
        List<String> drawn = new ArrayList<>();
        graph.boxes().forEach(b -> drawn.add(b.id()));
        graph.frames().forEach(f -> drawn.add(f.id()));
        assertThat(drawn).containsExactlyInAnyOrderElementsOf(expected);
        List<RoadmapGraph.Box> boxes = graph.boxes();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(overlap(boxes.get(i), boxes.get(j)))
                        .as("%s overlaps %s", boxes.get(i).id(), boxes.get(j).id())
                        .isFalse();
            }
        }
        List<String> stages = roadmap.nodes().stream()
                .filter(n -> n.parentId() == null)
                .map(Node::id)
                .toList();
        assertThat(graph.groups()).extracting(RoadmapGraph.Group::id).containsExactlyElementsOf(stages);
        for (int i = 1; i < graph.groups().size(); i++) {
            RoadmapGraph.Group above = graph.groups().get(i - 1);
            assertThat(above.y() + above.h()).isLessThan(graph.groups().get(i).y());
        }
        assertThat(graph.width()).isBetween(800.0, 4000.0);
        assertThat(graph.height()).isBetween(1000.0, 12000.0);
    }

    private static Roadmap twoStages() {
        return new Roadmap(
                "two",
                new Text("两个阶段", "Two <stages> & more"),
                "zh",
                Text.EMPTY,
                1,
                List.of(),
                List.of(
                        node("one", NodeKind.STAGE, null),
                        node("one-area", NodeKind.AREA, "one"),
                        node("one-topic", NodeKind.TOPIC, "one-area"),
                        node("one-other", NodeKind.TOPIC, "one-area", "one-topic"),
                        node("one-review", NodeKind.ASSESSMENT, "one", "two-topic"),
                        node("two", NodeKind.STAGE, null),
                        node("two-area", NodeKind.AREA, "two"),
                        node("two-topic", NodeKind.TOPIC, "two-area", "one-topic"),
                        node("two-project", NodeKind.PROJECT, "two-area", "two-topic", "one-other"),
                        node("two-exam", NodeKind.ASSESSMENT, "two")));
    }

    private static Roadmap roadmap(Node... nodes) {
        return new Roadmap("test", new Text("测试", "Test"), "zh", Text.EMPTY, 1, List.of(), Arrays.asList(nodes));
    }

    private static Node node(String id, NodeKind kind, String parentId, String... prerequisites) {
        Text title = new Text("标题 " + id, "Title " + id);
        return new Node(
                id, kind, parentId, title, Text.EMPTY, null, null, List.of(), List.of(prerequisites), List.of());
    }

    private static List<String> links(RoadmapGraph graph) {
        List<String> links = new ArrayList<>();
        graph.edges().forEach(e -> links.add(e.from() + "→" + e.to()));
        return links;
    }

    /** The box drawn for an id, or an open area's frame as a box. */
    private static RoadmapGraph.Box box(RoadmapGraph graph, String id) {
        return graph.boxes().stream()
                .filter(b -> b.id().equals(id))
                .findFirst()
                .or(() -> graph.frames().stream()
                        .filter(f -> f.id().equals(id))
                        .map(f -> new RoadmapGraph.Box(
                                f.id(), NodeKind.AREA, null, null, false, f.x(), f.y(), f.w(), f.h()))
                        .findFirst())
                .orElseThrow();
    }

    private static String kindOf(RoadmapGraph graph, String id) {
        return box(graph, id).kind().code();
    }

    private static boolean onBorder(RoadmapGraph.Box b, RoadmapGraph.Point p) {
        boolean inside = p.x() >= b.x() - EPSILON
                && p.x() <= b.x() + b.w() + EPSILON
                && p.y() >= b.y() - EPSILON
                && p.y() <= b.y() + b.h() + EPSILON;
        boolean edge = Math.abs(p.x() - b.x()) < EPSILON
                || Math.abs(p.x() - b.x() - b.w()) < EPSILON
                || Math.abs(p.y() - b.y()) < EPSILON
                || Math.abs(p.y() - b.y() - b.h()) < EPSILON;
        return inside && edge;
    }

    private static boolean overlap(RoadmapGraph.Box a, RoadmapGraph.Box b) {
        return a.x() < b.x() + b.w() && b.x() < a.x() + a.w() && a.y() < b.y() + b.h() && b.y() < a.y() + a.h();
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
