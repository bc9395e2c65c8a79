package dev.skilltree.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/** Figures over a learner's history: activity per day, the current streak and completion over time. */
public record Activity(Map<LocalDate, Integer> perDay, int streak, List<Point> completed, LocalDate today) {

    /** Topics complete at the end of a day. */
    public record Point(LocalDate day, int complete) {}

    /** Counts as complete each node whose latest status is complete. */
    public static Activity of(List<ProgressEvent> events, Instant now, ZoneId zone) {
        return of(events, now, zone, statuses ->
                (int) statuses.values().stream().filter(Status::complete).count());
    }

    /**
     * Counts topics complete at the end of each active day with {@code complete}, given the statuses the learner had
     * set by then; the dashboard passes the roadmap's own count, so the chart agrees with its figures.
     */
    public static Activity of(
            List<ProgressEvent> events, Instant now, ZoneId zone, ToIntFunction<Map<String, Status>> complete) {
        LocalDate today = now.atZone(zone).toLocalDate();
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        Map<String, Status> latest = new HashMap<>();
        Map<LocalDate, Integer> completeAtEnd = new TreeMap<>();
        for (int i = 0; i < events.size(); i++) {
            ProgressEvent e = events.get(i);
            LocalDate day = e.at().atZone(zone).toLocalDate();
            perDay.merge(day, 1, Integer::sum);
            latest.put(e.nodeId(), e.to());
            boolean lastOfDay = i + 1 == events.size()
                    || !events.get(i + 1).at().atZone(zone).toLocalDate().equals(day);
            if (lastOfDay) {
                completeAtEnd.put(day, complete.applyAsInt(latest));
            }
        }
        List<Point> series = new ArrayList<>();
        completeAtEnd.forEach((day, n) -> series.add(new Point(day, n)));
        return new Activity(perDay, streak(perDay, today), series, today);
    }

    /** Consecutive active days ending today, or yesterday when today has no activity yet. */
    private static int streak(Map<LocalDate, Integer> perDay, LocalDate today) {
        LocalDate day = perDay.containsKey(today) ? today : today.minusDays(1);
        int streak = 0;
        while (perDay.containsKey(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    public int on(LocalDate day) {
        return perDay.getOrDefault(day, 0);
    }
}
