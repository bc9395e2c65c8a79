package dev.skilltree.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.SvgDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewChartsTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 3, 1);

    @Test
    void drawsADayAsAColumnAsTallAsItsShareOfTheBusiestDay() {
        SvgDocument svg = SvgDocument.parse(ReviewCharts.days(days(0, 5, 10), "Reviews per day", "reviews"));

        assertThat(svg.all("//rect[@class='bar-reviews']/title"))
                .containsExactly("2026-03-01: 0", "2026-03-02: 5", "2026-03-03: 10");
        List<String> heights = svg.all("//rect[@class='bar-reviews']/@height");
        assertThat(Double.parseDouble(heights.get(0))).isZero();
        assertThat(Double.parseDouble(heights.get(1))).isEqualTo(Double.parseDouble(heights.get(2)) / 2);
        assertThat(svg.all("//text")).containsExactly("2026-03-01", "2026-03-03", "max 10");
        assertThat(svg.all("/svg/@class")).containsExactly("review-chart chart-reviews");
        assertThat(svg.all("/svg/@aria-label")).containsExactly("Reviews per day");
    }

    @Test
    void aQuietMonthDrawsNoColumnsRatherThanDividingByZero() {
        SvgDocument svg = SvgDocument.parse(ReviewCharts.days(days(0, 0), "Forecast", "forecast"));

        assertThat(svg.all("//rect[@class='bar-forecast']/@height")).containsOnly("0.0");
        assertThat(svg.all("//text")).contains("max 1");
    }

    @Test
    void drawsAStateAsARowWithItsNameAndCount() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("new", 4);
        counts.put("review", 8);
        SvgDocument svg = SvgDocument.parse(
                ReviewCharts.states(Map.of("new", "新卡片", "review", "复习中"), counts, "States & counts"));

        assertThat(svg.all("//text")).containsExactly("新卡片", "4", "复习中", "8");
        assertThat(Double.parseDouble(svg.one("//rect[@class='state-new']/@width")))
                .isEqualTo(Double.parseDouble(svg.one("//rect[@class='state-review']/@width")) / 2);
        assertThat(svg.all("/svg/@aria-label")).containsExactly("States & counts");
    }

    @Test
    void drawsRetentionOutOfAHundredPercentWithTheTargetMarked() {
        SvgDocument svg = SvgDocument.parse(ReviewCharts.retention(0.5, 0.9, "Retention"));

        assertThat(svg.one("//rect[@class='value']/@width")).isEqualTo("300.0");
        assertThat(svg.one("//line[@class='target']/@x1")).isEqualTo("540.0");
        assertThat(svg.all("//text")).containsExactly("90%");
    }

    @Test
    void withoutReviewsRetentionShowsOnlyTheTarget() {
        SvgDocument svg = SvgDocument.parse(ReviewCharts.retention(null, 0.85, "Retention"));

        assertThat(svg.all("//rect[@class='value']")).isEmpty();
        assertThat(svg.all("//text")).containsExactly("85%");
    }

    private static List<ReviewStats.Day> days(int... counts) {
        List<ReviewStats.Day> days = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            days.add(new ReviewStats.Day(FIRST.plusDays(i), counts[i]));
        }
        return days;
    }
}
