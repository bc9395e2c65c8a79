package dev.skilltree.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.SvgDocument;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanGanttTest {

    private static final Plan PLAN = SmallRoadmap.plan(1);
    private static final LocalDate DURING = Fixtures.MONDAY.plusDays(10);

    @Test
    void drawsABarPerStudiedTopicColouredByItsStage() {
        SvgDocument svg = gantt(Set.of(), DURING, "en");

        assertThat(svg.all("//rect[contains(@class, 'bar')]/@data-node"))
                .containsExactlyInAnyOrder("syntax", "types", "quiz", "http", "page", "deploy", "pandas");
        assertThat(svg.one("//rect[@data-node='syntax']/@class")).isEqualTo("bar stage-0");
        assertThat(svg.one("//rect[@data-node='http']/@class")).isEqualTo("bar stage-1");
        assertThat(svg.one("//rect[@data-node='pandas']/@class")).isEqualTo("bar stage-2");
    }

    @Test
    void aBarRunsFromTheFirstToTheLastStudyDayOfItsTopic() {
        SvgDocument svg = gantt(Set.of(), DURING, "en");
        PlanItem syntax = PLAN.item("syntax").orElseThrow();

        assertThat(svg.one("//rect[@data-node='syntax']/title"))
                .isEqualTo("Syntax · " + syntax.start() + " – " + syntax.end() + " · 3 h");
        assertThat(x(svg, "syntax")).isLessThan(x(svg, "types"));
        assertThat(x(svg, "types")).isLessThan(x(svg, "pandas"));
    }

    @Test
    void marksWhatIsDoneAndPutsADiamondOnEachMilestone() {
        SvgDocument svg = gantt(Set.of("syntax", "homepage"), DURING, "en");

        assertThat(svg.one("//rect[@data-node='syntax']/@class")).isEqualTo("bar stage-0 done");
        assertThat(svg.one("//rect[@data-node='types']/@class")).isEqualTo("bar stage-0");
        assertThat(svg.all("//path/title"))
                .as("the practice project, and the stage quiz at the end of its bar")
                .hasSize(2)
                .anySatisfy(title -> assertThat(title).startsWith("Personal site · "))
                .anySatisfy(title -> assertThat(title).startsWith("Stage quiz · "));
        assertThat(svg.one("//path[title[starts-with(., 'Personal site')]]/@class"))
                .isEqualTo("milestone done");
        assertThat(svg.one("//path[title[starts-with(., 'Stage quiz')]]/@class"))
                .isEqualTo("milestone");
    }

    @Test
    void drawsTodayOnlyWhileThePlanRuns() {
        assertThat(gantt(Set.of(), DURING, "en").all("//line[@class='today']")).hasSize(1);
        assertThat(gantt(Set.of(), PLAN.start().minusDays(1), "en").all("//line[@class='today']"))
                .isEmpty();
        assertThat(gantt(Set.of(), PLAN.projectedFinish().plusDays(1), "en").all("//line[@class='today']"))
                .isEmpty();
    }

    @Test
    void labelsTheFirstOfEachMonthTheTopicsInTheLanguageAskedAndTheChart() {
        SvgDocument english = gantt(Set.of(), DURING, "en");
        SvgDocument chinese = gantt(Set.of(), DURING, "zh");

        assertThat(PLAN.projectedFinish()).isAfter(LocalDate.of(2025, 4, 1));
        assertThat(english.all("//text[@class='month-label']")).startsWith("2025-02", "2025-03", "2025-04");
        assertThat(english.all("//text[@class='topic']")).contains("HTTP <and> REST", "Syntax");
        assertThat(chinese.all("//text[@class='topic']")).contains("HTTP 协议", "语法");
        assertThat(english.one("/svg/@aria-label")).isEqualTo("Plan \"A\" <weeks>");
    }

    private static SvgDocument gantt(Set<String> complete, LocalDate today, String lang) {
        return SvgDocument.parse(PlanGantt.svg(SmallRoadmap.view(PLAN, complete, today), lang, "Plan \"A\" <weeks>"));
    }

    private static double x(SvgDocument svg, String node) {
        return Double.parseDouble(svg.one("//rect[@data-node='" + node + "']/@x"));
    }
}
