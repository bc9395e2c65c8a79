package dev.skilltree.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Figures over a learner's history: activity per day, the current streak and completion over time. */
public record Activity(Map<LocalDate, Integer> perDay, int streak, List<Point> completed, LocalDate today) {

    /** Topics complete at the end of a day. */
    public record Point(LocalDate day, int complete) {}

    public static Activity of(List<ProgressEvent> events, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        Map<String, Status> latest = new HashMap<>();
        Map<LocalDate, Integer> completeAtEnd = new TreeMap<>();
        int complete = 0;
        for (ProgressEvent e : events) {
            LocalDate day = e.at().atZone(zone).toLocalDate();
            perDay.merge(day, 1, Integer::sum);
            Status before = latest.getOrDefault(e.nodeId(), Status.TODO);
            latest.put(e.nodeId(), e.to());
            complete += (e.to().complete() ? 1 : 0) - (before.complete() ? 1 : 0);
            completeAtEnd.put(day, complete);
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
