package dev.skilltree.plan;

import dev.skilltree.roadmap.Estimate;
import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.NodeKind;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.Text;
import dev.skilltree.roadmap.Track;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A small roadmap for the tests of what the plan makes of a roadmap; 13 estimated hours in all.
 *
 * <pre>
 * basics   (stage)                  基础 / Basics
 *   syntax   (topic, 2-4 h)
 *   types    (topic)                 needs syntax
 *   quiz     (assessment)            needs types
 * web      (stage, track web)
 *   http     (topic)                 needs types
 *   homepage (project)               needs http
 *     page     (subtopic)
 *     deploy   (subtopic)
 * data     (stage, track data)       needs basics (all its leaves)
 *   pandas   (topic)
 * </pre>
 */
final class SmallRoadmap {

    private SmallRoadmap() {}

    static Roadmap roadmap() {
        return new Roadmap(
                "small",
                new Text("小路线", "Small roadmap"),
                "zh",
                Text.EMPTY,
                1,
                List.of(
                        new Track("web", new Text("网站", "Web"), Text.EMPTY),
                        new Track("data", new Text("数据", "Data"), Text.EMPTY)),
                List.of(
                        node("basics", NodeKind.STAGE, null, "基础", "Basics", null, List.of(), List.of()),
                        node(
                                "syntax",
                                NodeKind.TOPIC,
                                "basics",
                                "语法",
                                "Syntax",
                                new Estimate(2, 4),
                                List.of(),
                                List.of()),
                        node("types", NodeKind.TOPIC, "basics", "类型", "Types", null, List.of(), List.of("syntax")),
                        node(
                                "quiz",
                                NodeKind.ASSESSMENT,
                                "basics",
                                "阶段测验",
                                "Stage quiz",
                                null,
                                List.of(),
                                List.of("types")),
                        node("web", NodeKind.STAGE, null, "网站", "Web", null, List.of("web"), List.of()),
                        node(
                                "http",
                                NodeKind.TOPIC,
                                "web",
                                "HTTP 协议",
                                "HTTP <and> REST",
                                null,
                                List.of(),
                                List.of("types")),
                        node(
                                "homepage",
                                NodeKind.PROJECT,
                                "web",
                                "个人网站",
                                "Personal site",
                                null,
                                List.of(),
                                List.of("http")),
                        node("page", NodeKind.SUBTOPIC, "homepage", "页面", "Page", null, List.of(), List.of()),
                        node("deploy", NodeKind.SUBTOPIC, "homepage", "部署", "Deploy", null, List.of(), List.of()),
                        node("data", NodeKind.STAGE, null, "数据", "Data", null, List.of("data"), List.of("basics")),
                        node("pandas", NodeKind.TOPIC, "data", "数据表", "Data frames", null, List.of(), List.of())));
    }

    /** The whole roadmap planned at {@code hoursPerWeek} from {@link Fixtures#MONDAY}. */
    static Plan plan(double hoursPerWeek) {
        RoadmapTopics topics = RoadmapTopics.of(roadmap(), Set.of(), Set.of());
        return Fixtures.PLANNER.plan(
                PlanRequest.of(topics.topics(), StudyWeek.hoursPerWeek(hoursPerWeek), Fixtures.MONDAY));
    }

    /** The plan as its learner sees it on {@code today}, with {@code complete} done. */
    static PlanView view(Plan plan, Set<String> complete, LocalDate today) {
        return new PlanView(
                1,
                1,
                roadmap(),
                new PlanSettings("small", null, null, 7.0, null, plan.start(), null, null, null),
                plan,
                Set.of(),
                complete,
                new PlanProgress(0, 0, 0),
                new PaceReport(0, 0, 0, Optional.empty()),
                today,
                List.of());
    }

    private static Node node(
            String id,
            NodeKind kind,
            String parent,
            String zh,
            String en,
            Estimate estimate,
            List<String> tracks,
            List<String> needs) {
        return new Node(id, kind, parent, new Text(zh, en), Text.EMPTY, estimate, null, tracks, needs, List.of());
    }
}
