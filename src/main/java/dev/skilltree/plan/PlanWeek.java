package dev.skilltree.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One ISO week of the plan, from {@code monday}. Weeks without study (holidays) are included, with no entries.
 */
public record PlanWeek(LocalDate monday, List<WeekEntry> entries, List<Milestone> milestones) {

    public PlanWeek {
        entries = List.copyOf(entries);
        milestones = List.copyOf(milestones);
    }

    public long minutes() {
        return entries.stream().mapToLong(WeekEntry::minutes).sum();
    }

    public double hours() {
        return Hours.of(minutes());
    }
}
