package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivityChartsTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-21"); // a Saturday

    private static Activity activity(Map<LocalDate, Integer> perDay, List<Activity.Point> completed) {
        return new Activity(perDay, 0, completed, TODAY);
    }

    private static Activity.Point point(String day, int complete) {
        return new Activity.Point(LocalDate.parse(day), complete);
    }

    @Test
    void drawsEveryDayFromTheMondayAYearAgoThroughToday() {
        String svg = ActivityCharts.heatmap(activity(Map.of(), List.of()), "Activity");

        assertThat(svg)
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heatmap\" viewBox=\"0 0 689 91\"");
        assertThat(svg.split("<rect ", -1)).hasSize(370 + 1);
        assertThat(svg).contains("data-day=\"2025-11-17\"", "data-day=\"2026-11-21\"");
        assertThat(svg).doesNotContain("data-day=\"2025-11-16\"", "data-day=\"2026-11-22\"");
        assertThat(svg)
                .contains("<rect x=\"676\" y=\"65\" width=\"11\" height=\"11\" rx=\"2\" class=\"level-0\""
                        + " data-day=\"2026-11-21\" data-count=\"0\"><title>2026-11-21: 0</title></rect>");
    }

    @Test
    void shadesADayByHowManyChangesItHad() {
        Map<LocalDate, Integer> perDay = Map.of(
                LocalDate.parse("2026-11-02"), 2,
                LocalDate.parse("2026-11-03"), 3,
                LocalDate.parse("2026-11-04"), 5,
                LocalDate.parse("2026-11-05"), 6,
                LocalDate.parse("2026-11-06"), 9,
                LocalDate.parse("2026-11-07"), 10);

        String svg = ActivityCharts.heatmap(activity(perDay, List.of()), "Activity");

        assertThat(svg)
                .contains(
                        "class=\"level-1\" data-day=\"2026-11-02\" data-count=\"2\"",
                        "class=\"level-2\" data-day=\"2026-11-03\" data-count=\"3\"",
                        "class=\"level-2\" data-day=\"2026-11-04\" data-count=\"5\"",
                        "class=\"level-3\" data-day=\"2026-11-05\" data-count=\"6\"",
                        "class=\"level-3\" data-day=\"2026-11-06\" data-count=\"9\"",
                        "class=\"level-4\" data-day=\"2026-11-07\" data-count=\"10\"",
                        "class=\"level-0\" data-day=\"2026-11-08\" data-count=\"0\"");
    }

    @Test
    void escapesTheLabel() {
        String svg = ActivityCharts.heatmap(activity(Map.of(), List.of()), "Ada's \"year\" <b>");

        assertThat(svg).contains("aria-label=\"Ada&#39;s &quot;year&quot; &lt;b&gt;\"");
    }

    @Test
    void drawsCompletionFromTheFirstActiveDayToToday() {
        String svg = ActivityCharts.completion(
                activity(Map.of(), List.of(point("2026-11-01", 2), point("2026-11-21", 4))), 4, "Done");

        assertThat(svg).contains("<path class=\"line\" d=\"M28 80 L632 28 L632 28\"/>");
        assertThat(svg).contains(">2026-11-01</text>", ">2026-11-21</text>", "y=\"28\">4</text>", ">0</text>");
    }

    @Test
    void carriesTheLastFigureFlatToToday() {
        String svg = ActivityCharts.completion(activity(Map.of(), List.of(point("2026-11-01", 1))), 4, "Done");

        assertThat(svg).contains("d=\"M28 106 L632 106\"");
    }

    @Test
    void drawsOnlyTheAxisWithoutHistoryOrTopics() {
        String empty = ActivityCharts.completion(activity(Map.of(), List.of()), 4, "Done");
        String noTopics = ActivityCharts.completion(activity(Map.of(), List.of(point("2026-11-01", 0))), 0, "Done");

        assertThat(empty).contains("<line class=\"axis\"").doesNotContain("<path");
        assertThat(noTopics).doesNotContain("<path");
    }
}
