package dev.skilltree.progress;

import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.NodeKind;
import dev.skilltree.roadmap.Resource;
import dev.skilltree.roadmap.ResourceKind;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.Text;
import dev.skilltree.roadmap.Track;
import java.util.List;
import java.util.Map;

/**
 * A small roadmap for the progress tests; its five leaves are loops, functions, types, http and homepage.
 *
 * <pre>
 * basics  (stage)  基础 / Basics
 *   lang    (area)   语言 / Language
 *     syntax  (topic)    loops, functions (subtopics)
 *     types   (topic)    needs syntax
 * web     (stage, track "web")
 *   http    (topic)    needs types; a book, a site, a second book; a Markdown description
 *   homepage (project) needs http; its id is in neither title
 * </pre>
 */
final class ProgressFixtures {

    private ProgressFixtures() {}

    static Roadmap roadmap() {
        return roadmap(1);
    }

    /** The same roadmap as a new object, as a re-import produces it. */
    static Roadmap roadmap(int version) {
        return new Roadmap(
                "python",
                new Text("Python 路线", "Python roadmap"),
                "zh",
                Text.EMPTY,
                version,
                List.of(new Track("web", new Text("网站", "Web"), Text.EMPTY)),
                List.of(
                        node("basics", NodeKind.STAGE, null, "基础", "Basics"),
                        node("lang", NodeKind.AREA, "basics", "语言", "Language"),
                        node("syntax", NodeKind.TOPIC, "lang", "语法", "Syntax"),
                        node("loops", NodeKind.SUBTOPIC, "syntax", "循环", "Loops"),
                        node("functions", NodeKind.SUBTOPIC, "syntax", "函数", "Functions"),
                        node("types", NodeKind.TOPIC, "lang", "类型", "Types", List.of(), List.of("syntax")),
                        node("web", NodeKind.STAGE, null, "网站开发", "Web", List.of("web"), List.of()),
                        new Node(
                                "http",
                                NodeKind.TOPIC,
                                "web",
                                new Text("HTTP 协议", "HTTP"),
                                new Text("请求与**响应**", "Requests and **responses**"),
                                null,
                                null,
                                List.of(),
                                List.of("types"),
                                List.of(
                                        new Resource(ResourceKind.BOOK, "HTTP: The Definitive Guide", null, null, null),
                                        new Resource(
                                                ResourceKind.SITE, "MDN", "https://developer.mozilla.org", null, null),
                                        new Resource(ResourceKind.BOOK, "RESTful Web APIs", null, null, null))),
                        node(
                                "homepage",
                                NodeKind.PROJECT,
                                "web",
                                "个人网站",
                                "Personal site",
                                List.of(),
                                List.of("http"))));
    }

    static RoadmapProgress progress(Map<String, Status> statuses) {
        return new RoadmapProgress(roadmap(), statuses);
    }

    static Node node(String id, NodeKind kind, String parent, String zh, String en) {
        return node(id, kind, parent, zh, en, List.of(), List.of());
    }

    static Node node(
            String id, NodeKind kind, String parent, String zh, String en, List<String> tracks, List<String> needs) {
        return new Node(id, kind, parent, new Text(zh, en), Text.EMPTY, null, null, tracks, needs, List.of());
    }
}
