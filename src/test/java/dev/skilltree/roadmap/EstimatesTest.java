package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EstimatesTest {

    private static final Location AT = new Location("test.md", 7);

    @Test
    void readsARangeOrASingleNumberOfHours() {
        RoadmapDraft draft = new RoadmapDraft("test.md");

        assertThat(Estimates.parseHours("4-8", AT, draft)).isEqualTo(new Estimate(4, 8));
        assertThat(Estimates.parseHours("6", AT, draft)).isEqualTo(new Estimate(6, 6));
        assertThat(draft.problems).isEmpty();
    }

    @Test
    void reportsHoursItCannotReadAtTheirLine() {
        RoadmapDraft draft = new RoadmapDraft("test.md");

        assertThat(Estimates.parseHours("a few", AT, draft)).isNull();
        assertThat(Estimates.parseHours("4 - 8", AT, draft)).isNull();
        assertThat(Estimates.parseHours("8-4", AT, draft)).isNull();

        assertThat(draft.problems)
                .extracting(Problem::toString)
                .containsExactly(
                        "test.md:7: hours must look like 4-8 or 6, not 'a few'",
                        "test.md:7: hours must look like 4-8 or 6, not '4 - 8'",
                        "test.md:7: hours=8-4 has its maximum below its minimum; write 4-8");
    }

    @Test
    void turnsDurationsIntoHoursAtTenAWeekAndFortyAMonth() {
        assertThat(Estimates.fromDuration("第一阶段（1-2 个月）")).contains(new Estimate(40, 80));
        assertThat(Estimates.fromDuration("3到6个月")).contains(new Estimate(120, 240));
        assertThat(Estimates.fromDuration("2~4 星期")).contains(new Estimate(20, 40));
        assertThat(Estimates.fromDuration("3 周")).contains(new Estimate(30, 30));
        assertThat(Estimates.fromDuration("10-20 小时")).contains(new Estimate(10, 20));
        assertThat(Estimates.fromDuration("1 年")).contains(new Estimate(480, 480));
    }

    @Test
    void doublesTheUpperBoundOfOpenEndedDurations() {
        assertThat(Estimates.fromDuration("1年以上")).contains(new Estimate(480, 960));
        assertThat(Estimates.fromDuration("2-3 个月以上")).contains(new Estimate(80, 240));
    }

    @Test
    void findsNoEstimateWhereThereIsNoDurationOrItRunsBackwards() {
        assertThat(Estimates.fromDuration("装饰器与元类")).isEmpty();
        assertThat(Estimates.fromDuration("Python 3.12")).isEmpty();
        assertThat(Estimates.fromDuration("6-3 个月")).isEmpty();
    }
}
