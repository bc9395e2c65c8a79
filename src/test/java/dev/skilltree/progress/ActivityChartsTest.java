package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivityChartsTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-21"); // a Saturday

    private static final ActivityCharts.Words EN = new ActivityCharts.Words(
            Locale.ENGLISH, "Activity", "Less", "More", "Done", "Date", "Topics complete", "Topics complete (of 4)");

    private static Activity activity(Map<LocalDate, Integer> perDay, List<Activity.Point> completed) {
        return new Activity(perDay, 0, completed, TODAY);
    }

    private static Activity.Point point(String day, int complete) {
        return new Activity.Point(LocalDate.parse(day), complete);
    }

    @Test
    void drawsEveryDayFromTheMondayAYearAgoThroughTodayInsideTheDrawing() {
        String svg = ActivityCharts.heatmap(activity(Map.of(), List.of()), EN);

        assertThat(svg)
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heatmap\" viewBox=\"0 0 719 133\"");
        assertThat(svg.split(" data-day=", -1)).hasSize(370 + 1);
        assertThat(svg).contains("data-day=\"2025-11-17\"", "data-day=\"2026-11-21\"");
        assertThat(svg).doesNotContain("data-day=\"2025-11-16\"", "data-day=\"2026-11-22\"");
        assertThat(svg)
                .as("the last column ends inside the drawing's width")
                .contains("<rect x=\"706\" y=\"81\" width=\"11\" height=\"11\" rx=\"2\" class=\"level-0\""
                        + " data-day=\"2026-11-21\" data-count=\"0\"><title>2026-11-21: 0</title></rect>");
    }

    @Test
    void labelsMonthsWeekdaysAndTheLegendInTheReadersLanguage() {
        String en = ActivityCharts.heatmap(activity(Map.of(), List.of()), EN);
        String zh = ActivityCharts.heatmap(
                activity(Map.of(), List.of()),
                new ActivityCharts.Words(Locale.CHINESE, "活动", "少", "多", "完成", "日期", "完成数", "完成（共 4 个）"));

        assertThat(en).contains(">Mon</text>", ">Wed</text>", ">Fri</text>", ">Jan</text>", ">Oct</text>");
        assertThat(en).contains(">Less</text>", ">More</text>", "<title>10+</title>", "<title>1–2</title>");
        assertThat(zh).contains(">周一</text>", ">1月</text>", ">少</text>", ">多</text>");
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

        String svg = ActivityCharts.heatmap(activity(perDay, List.of()), EN);

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
        String svg = ActivityCharts.heatmap(
                activity(Map.of(), List.of()),
                new ActivityCharts.Words(Locale.ENGLISH, "Ada's \"year\" <b>", "<", ">", "", "", "", ""));

        assertThat(svg).contains("aria-label=\"Ada&#39;s &quot;year&quot; &lt;b&gt;\"", ">&lt;</text>");
    }

    @Test
    void labelsBothAxesAndGivesTheLineALegend() {
        String svg = ActivityCharts.completion(
                activity(Map.of(), List.of(point("2026-11-01", 2), point("2026-11-21", 4))), EN);

        assertThat(svg).contains("x-title middle", ">Date</text>", "rotate(-90)\">Topics complete</text>");
        assertThat(svg).contains("<g class=\"legend\"><line class=\"line\"", ">Topics complete (of 4)</text>");
        assertThat(svg).contains(">11-01</text>", ">11-21</text>", ">0</text>", ">4</text>");
        assertThat(svg).contains("<path class=\"line\" d=\"M44 176 H44 V100 H628 V24 H628\"/>");
    }

    @Test
    void showsADayOfChangesAcrossAWeekWithDistinctDates() {
        String svg = ActivityCharts.completion(activity(Map.of(), List.of(point("2026-11-21", 1))), EN);

        assertThat(svg).contains("start\" x=\"44\" y=\"192\">11-15</text>", "end\" x=\"628\" y=\"192\">11-21</text>");
        assertThat(svg.split("class=\"tick x-tick", -1)).as("a label a day").hasSize(7 + 1);
    }
}
