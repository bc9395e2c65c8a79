package dev.skilltree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.plan.Plan;
import dev.skilltree.plan.PlanRequest;
import dev.skilltree.plan.Planner;
import dev.skilltree.plan.RoadmapTopics;
import dev.skilltree.plan.StudyWeek;
import dev.skilltree.roadmap.Estimate;
import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.NodeKind;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.Text;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code skilltree plan} prints and writes as JSON, for a real plan of a small roadmap: variables (2 h), then
 * loops (4 h), then requests (2 h), planned at 3 hours a week from Monday 2026-03-02 with requests as the goal.
 */
class PlanReportTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");

    @Test
    void printsTheTotalsTheTopicsPulledInAndEachWeeksTopicsByTitle() {
        PlanReport report = report(null);

        String printed = print(report);

        assertThat(printed)
                .startsWith("Tiny roadmap: 3 topics, 8.0 h, 2026-03-02 to ")
                .contains("\nAlso planned, because the chosen topics need them: loops, vars\n")
                .contains("\nWeek of 2026-03-02\n    2.0 h  Variables\n    1.0 h  Loops\n")
                .contains("\nWeek of 2026-03-09\n    3.0 h  Loops\n")
                .doesNotContain("Tiny 路线", "h  vars", "h  loops");
        assertThat(printed.lines().filter(line -> line.startsWith("Week of ")))
                .hasSize(report.plan().weeks().size());
        assertThat(printed.lines().findFirst().orElseThrow())
                .endsWith(report.plan().projectedFinish() + " ("
                        + report.plan().weeks().size() + " weeks)");
    }

    @Test
    void saysWhenTheTargetCannotBeMet() {
        PlanReport report = report(MONDAY.plusDays(6));

        String printed = print(report);

        assertThat(report.plan().target().orElseThrow().feasible()).isFalse();
        assertThat(printed.lines().toList().get(1))
                .isEqualTo(report.plan().target().orElseThrow().message());
        assertThat(print(report(null)))
                .doesNotContain(report.plan().target().orElseThrow().message());
    }

    @Test
    void aTopicTheRoadmapDoesNotHaveIsNamedByItsId() {
        PlanReport report = report(null);

        assertThat(report.title("loops")).isEqualTo("Loops");
        assertThat(report.title("cobol")).isEqualTo("cobol");
    }

    @Test
    void writesTheJsonTheApiAnswersWithTheTopicsPulledIn() {
        PlanReport report = report(MONDAY.plusDays(6));

        JsonNode json = JsonMapper.builder().build().readTree(report.json());

        assertThat(json.get("roadmap").asString()).isEqualTo("tiny");
        assertThat(json.get("start").asString()).isEqualTo("2026-03-02");
        assertThat(json.get("totalHours").asDouble()).isEqualTo(8.0);
        assertThat(json.get("pulledIn").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("vars", "loops");
        assertThat(json.get("items").findValuesAsString("node")).containsExactly("vars", "loops", "requests");
        assertThat(json.get("weeks").get(0).get("monday").asString()).isEqualTo("2026-03-02");
        assertThat(json.get("target").get("feasible").asBoolean()).isFalse();
        assertThat(report.json()).as("pretty-printed for a person to read").contains("\n  \"roadmap\" : \"tiny\"");
    }

    private static PlanReport report(LocalDate target) {
        Roadmap roadmap = roadmap();
        RoadmapTopics topics = RoadmapTopics.of(roadmap, Set.of(), Set.of("requests"));
        Plan plan = new Planner()
                .plan(new PlanRequest(topics.topics(), StudyWeek.hoursPerWeek(3), MONDAY, target, Set.of(), 1.0, null));
        return new PlanReport(roadmap, plan, topics.pulledIn());
    }

    private static String print(PlanReport report) {
        StringWriter text = new StringWriter();
        report.print(new PrintWriter(text));
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    private static Roadmap roadmap() {
        return new Roadmap(
                "tiny",
                new Text("Tiny 路线", "Tiny roadmap"),
                "en",
                Text.EMPTY,
                1,
                List.of(),
                List.of(
                        new Node(
                                "basics",
                                NodeKind.STAGE,
                                null,
                                new Text("基础", "Basics"),
                                Text.EMPTY,
                                null,
                                null,
                                List.of(),
                                List.of(),
                                List.of()),
                        topic("vars", "变量", "Variables", 2, List.of()),
                        topic("loops", "循环", "Loops", 4, List.of("vars")),
                        topic("requests", "请求", "Requests", 2, List.of("loops"))));
    }

    private static Node topic(String id, String zh, String en, int hours, List<String> needs) {
        return new Node(
                id,
                NodeKind.TOPIC,
                "basics",
                new Text(zh, en),
                Text.EMPTY,
                new Estimate(hours, hours),
                null,
                List.of(),
                needs,
                List.of());
    }
}
