package dev.skilltree.plan;

import static dev.skilltree.plan.Fixtures.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PlanDocumentsTest {

    /** Two hours a day: a (1 h) and the first hour of b on Monday, the rest of b (2 h) on Tuesday. */
    private static final Plan TWO_DAYS =
            Fixtures.plan(Fixtures.hoursEveryDay(2), Topic.of("a", 0, 1, 1), Topic.of("b", 1, 3, 3, "a"));

    private static final Function<String, String> TITLES = id -> "Topic " + id.toUpperCase(java.util.Locale.ROOT);

    @Test
    void theMarkdownListsEachWeeksTopicsWithTheirHoursAndTheMilestones() {
        Plan plan = SmallRoadmap.plan(7);

        String md = PlanDocuments.markdown("Small roadmap", plan, TITLES);

        assertThat(md)
                .startsWith("# Small roadmap\n\n- Start: 2025-01-06\n- Projected finish: " + plan.projectedFinish());
        assertThat(md).contains("- Hours: 15.0\n");
        assertThat(md).contains("\n## Week of 2025-01-06\n\n- [ ] Topic SYNTAX — 3.0 h\n- [ ] Topic TYPES — 2.0 h\n");
        assertThat(md)
                .contains("- [ ] Milestone: Topic HOMEPAGE ("
                        + plan.milestone("homepage").orElseThrow().date() + ")\n");
        assertThat(md).doesNotContain("Target");
    }

    @Test
    void theMarkdownSaysWhetherTheTargetIsMet() {
        Plan late = Fixtures.PLANNER.plan(Fixtures.request(Fixtures.hoursEveryDay(1), Topic.of("a", 0, 10, 10))
                .withTarget(MONDAY.plusDays(2)));

        assertThat(PlanDocuments.markdown("Late", late, TITLES))
                .contains("- Target: " + late.target().orElseThrow().message() + "\n")
                .contains("Not feasible");
    }

    @Test
    void theCalendarHasAnEventPerStudyBlockOneAfterAnotherFromTheStartOfTheDay() {
        Map<String, VEvent> events = events(Map.of());

        assertThat(events).containsOnlyKeys("plan-7-a-1@skilltree", "plan-7-b-1@skilltree", "plan-7-b-2@skilltree");
        assertThat(start(events.get("plan-7-a-1@skilltree"))).isEqualTo(MONDAY.atTime(19, 0));
        assertThat(end(events.get("plan-7-a-1@skilltree"))).isEqualTo(MONDAY.atTime(20, 0));
        assertThat(start(events.get("plan-7-b-1@skilltree")))
                .as("the day's second block starts when the first ends")
                .isEqualTo(MONDAY.atTime(20, 0));
        assertThat(start(events.get("plan-7-b-2@skilltree")))
                .isEqualTo(MONDAY.plusDays(1).atTime(19, 0));
        assertThat(end(events.get("plan-7-b-2@skilltree")))
                .isEqualTo(MONDAY.plusDays(1).atTime(21, 0));
        assertThat(events.get("plan-7-b-2@skilltree").getSummary().getValue()).isEqualTo("Topic B");
        assertThat(events.get("plan-7-b-2@skilltree").getUrl().getValue()).isEqualTo("https://skilltree.test/b");
        assertThat(events.get("plan-7-b-2@skilltree").getDescription().getValue())
                .isEqualTo("https://skilltree.test/b");
    }

    @Test
    void eachEventCarriesTheSequenceGivenForItsBlockAndZeroOtherwise() {
        Map<String, VEvent> events = events(Map.of("b-2@skilltree", 3));

        assertThat(events.get("plan-7-b-2@skilltree").getSequence().getValue()).isEqualTo(3);
        assertThat(events.get("plan-7-a-1@skilltree").getSequence().getValue()).isZero();
    }

    @Test
    void anEventWithoutAPageHasNoLink() {
        String ics = PlanDocuments.icalendar(
                TWO_DAYS, TITLES, id -> null, LocalTime.of(19, 0), ZoneOffset.UTC, Map.of(), "plan-7-");

        assertThat(Biweekly.parse(ics).first().getEvents()).hasSize(3).allSatisfy(event -> assertThat(event.getUrl())
                .isNull());
    }

    @Test
    void numbersATopicsBlocksFromOne() {
        assertThat(PlanDocuments.blocksByUid(TWO_DAYS))
                .containsExactly(
                        Map.entry("a-1@skilltree", new StudyBlock(MONDAY, "a", 60)),
                        Map.entry("b-1@skilltree", new StudyBlock(MONDAY, "b", 60)),
                        Map.entry("b-2@skilltree", new StudyBlock(MONDAY.plusDays(1), "b", 120)));
    }

    @Test
    void readsADaysOffFileSkippingBlankLinesAndComments() {
        assertThat(PlanDocuments.daysOff(List.of("# holidays", "2026-12-25", "", "  2026-12-26  ")))
                .containsExactly(java.time.LocalDate.of(2026, 12, 25), java.time.LocalDate.of(2026, 12, 26));
        assertThatThrownBy(() -> PlanDocuments.daysOff(List.of("2026-12-25", "Boxing Day")))
                .isInstanceOfSatisfying(
                        InvalidPlan.class, e -> assertThat(e.field()).isEqualTo("daysOff"))
                .hasMessageContaining("'Boxing Day' is not a date like 2026-12-25");
    }

    private static Map<String, VEvent> events(Map<String, Integer> sequences) {
        String ics = PlanDocuments.icalendar(
                TWO_DAYS,
                TITLES,
                id -> "https://skilltree.test/" + id,
                LocalTime.of(19, 0),
                ZoneOffset.UTC,
                sequences,
                "plan-7-");
        Map<String, VEvent> events = new java.util.HashMap<>();
        Biweekly.parse(ics)
                .first()
                .getEvents()
                .forEach(e -> events.put(e.getUid().getValue(), e));
        return events;
    }

    private static LocalDateTime start(VEvent event) {
        return LocalDateTime.ofInstant(event.getDateStart().getValue().toInstant(), ZoneId.of("UTC"));
    }

    private static LocalDateTime end(VEvent event) {
        return LocalDateTime.ofInstant(event.getDateEnd().getValue().toInstant(), ZoneId.of("UTC"));
    }
}
