package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private static ProgressEvent event(String node, Status from, Status to, String at) {
        return new ProgressEvent(node, from, to, Instant.parse(at));
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void showsNothingForALearnerWithoutHistory() {
        Activity activity = Activity.of(List.of(), NOW, ZoneOffset.UTC);

        assertThat(activity.streak()).isZero();
        assertThat(activity.completed()).isEmpty();
        assertThat(activity.on(day("2026-11-21"))).isZero();
        assertThat(activity.today()).isEqualTo(day("2026-11-21"));
    }

    @Test
    void countsEachChangeOnTheDayItHappenedInTheLearnersZone() {
        List<ProgressEvent> events = List.of(
                event("loops", Status.TODO, Status.DONE, "2026-11-20T15:30:00Z"),
                event("types", Status.TODO, Status.DONE, "2026-11-20T16:30:00Z"));

        Activity utc = Activity.of(events, NOW, ZoneOffset.UTC);
        Activity shanghai = Activity.of(events, NOW, ZoneId.of("Asia/Shanghai"));

        assertThat(utc.on(day("2026-11-20"))).isEqualTo(2);
        assertThat(shanghai.on(day("2026-11-20"))).isEqualTo(1);
        assertThat(shanghai.on(day("2026-11-21"))).as("00:30 in Shanghai").isEqualTo(1);
    }

    @Test
    void keepsTheStreakUntilTheEndOfTheDayAfterTheLastActivity() {
        List<ProgressEvent> events = List.of(
                event("loops", Status.TODO, Status.DONE, "2026-11-19T09:00:00Z"),
                event("types", Status.TODO, Status.DONE, "2026-11-20T09:00:00Z"));

        assertThat(Activity.of(events, NOW, ZoneOffset.UTC).streak()).isEqualTo(2);
        assertThat(Activity.of(events, Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC)
                        .streak())
                .as("a whole day without activity")
                .isZero();
    }

    @Test
    void aGapEndsTheStreak() {
        List<ProgressEvent> events = List.of(
                event("loops", Status.TODO, Status.DONE, "2026-11-17T09:00:00Z"),
                event("types", Status.TODO, Status.DONE, "2026-11-19T09:00:00Z"),
                event("http", Status.TODO, Status.LEARNING, "2026-11-20T09:00:00Z"),
                event("http", Status.LEARNING, Status.DONE, "2026-11-21T09:00:00Z"));

        assertThat(Activity.of(events, NOW, ZoneOffset.UTC).streak()).isEqualTo(3);
    }

    @Test
    void tracksTopicsCompleteAtTheEndOfEachActiveDay() {
        List<ProgressEvent> events = List.of(
                event("loops", Status.TODO, Status.DONE, "2026-11-18T09:00:00Z"),
                event("types", Status.TODO, Status.SKIPPED, "2026-11-18T10:00:00Z"),
                event("types", Status.SKIPPED, Status.DONE, "2026-11-19T09:00:00Z"),
                event("loops", Status.DONE, Status.LEARNING, "2026-11-20T09:00:00Z"),
                event("http", Status.TODO, Status.LEARNING, "2026-11-20T10:00:00Z"));

        assertThat(Activity.of(events, NOW, ZoneOffset.UTC).completed())
                .containsExactly(
                        new Activity.Point(day("2026-11-18"), 2),
                        new Activity.Point(day("2026-11-19"), 2),
                        new Activity.Point(day("2026-11-20"), 1));
    }
}
